/**
 * Merges two versions of one case that were changed apart (two tabs, or two windows, on the same device), against
 * the version both started from. What only one side changed is kept; where both changed the same answer, the answer
 * given later wins (the case records when each answer was given); where both changed the same record or field, the
 * side being saved wins. A record or answer one side removed stays removed unless the other side changed it.
 */
import type { Case } from './schema';

type Keyed = { id: string };

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Three-way choice for one value: whichever side changed it, or `both` when both did. */
function pick<T>(base: T, mine: T, theirs: T, both: () => T): T {
  if (same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  return both();
}

function mergeById<T extends Keyed>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const byId = (list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const order = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id))];
  const merged: T[] = [];
  for (const id of order) {
    const chosen = pick(b.get(id), m.get(id), t.get(id), () => m.get(id) ?? t.get(id));
    if (chosen) merged.push(chosen);
  }
  return merged;
}

function later(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') >= (b ?? '');
}

function mergeAnswers(base: Case, mine: Case, theirs: Case): Pick<Case, 'answers' | 'answeredAt'> {
  const answers: Case['answers'] = {};
  const answeredAt: Case['answeredAt'] = {};
  const changed = (side: Case, id: string) =>
    !same(side.answers[id], base.answers[id]) || !same(side.answeredAt[id], base.answeredAt[id]);
  const ids = new Set([
    ...Object.keys(base.answers),
    ...Object.keys(mine.answers),
    ...Object.keys(theirs.answers),
  ]);
  for (const id of ids) {
    let from = mine;
    if (changed(theirs, id)) {
      // Both gave an answer: the later one wins. A cleared answer has no time, so the side being saved keeps it.
      const isMineLater = mine.answers[id] === undefined || later(mine.answeredAt[id], theirs.answeredAt[id]);
      if (!changed(mine, id) || !isMineLater) from = theirs;
    }
    const value = from.answers[id];
    const at = from.answeredAt[id];
    if (value !== undefined) answers[id] = value;
    if (value !== undefined && at !== undefined) answeredAt[id] = at;
  }
  return { answers, answeredAt };
}

/** Merges `mine` (being saved) with `theirs` (stored meanwhile), both changed from `base`. Pure. */
export function mergeCases(base: Case, mine: Case, theirs: Case): Case {
  if (same(theirs, base)) return mine;
  const scalar = <K extends keyof Case>(key: K): Case[K] =>
    pick(base[key], mine[key], theirs[key], () => mine[key]);
  const checklist = mergeById(
    base.checklist.map((e) => ({ ...e, id: e.actionId })),
    mine.checklist.map((e) => ({ ...e, id: e.actionId })),
    theirs.checklist.map((e) => ({ ...e, id: e.actionId })),
  ).map(({ actionId, doneAt }) => ({ actionId, doneAt }));
  const followKey = (f: Case['followUps'][number]) => ({ ...f, id: `${f.source}:${f.targetId}` });
  const followUps = mergeById(
    base.followUps.map(followKey),
    mine.followUps.map(followKey),
    theirs.followUps.map(followKey),
  ).map(({ id: _key, ...f }) => f);
  return {
    ...mine,
    title: scalar('title'),
    language: scalar('language'),
    respondent: scalar('respondent'),
    country: scalar('country'),
    ageGroup: scalar('ageGroup'),
    account: scalar('account'),
    ...mergeAnswers(base, mine, theirs),
    payments: mergeById(base.payments, mine.payments, theirs.payments),
    identifiers: mergeById(base.identifiers, mine.identifiers, theirs.identifiers),
    evidence: mergeById(base.evidence, mine.evidence, theirs.evidence),
    reportsMade: mergeById(base.reportsMade, mine.reportsMade, theirs.reportsMade),
    ownContacts: mergeById(base.ownContacts, mine.ownContacts, theirs.ownContacts),
    checklist,
    followUps,
    followUpOn: scalar('followUpOn'),
    closedOn: scalar('closedOn'),
    updatedAt: mine.updatedAt >= theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
  };
}
