/**
 * The volunteer's case list (issue 14, point 1), as pure functions the list screen can use: one entry per case,
 * made once when the list opens (the urgency needs the triage engine), then search, filters and order on entries
 * alone, so a keystroke never runs the engine again. The entry keeps only what the list shows and searches.
 * Cases whose follow-up day is today or has passed come first, whatever the order chosen (issue 14, point 2).
 */
import { URGENCIES } from '../case/codes';
import type { Urgency } from '../case/codes';
import { caseStatusOf, followUpDue } from '../case/follow-up';
import type { CaseStatus, FollowUpDue } from '../case/follow-up';
import type { Case } from '../case/schema';
import { assess } from '../triage/assess';

export type CaseListEntry = {
  id: string;
  title: string | null;
  urgency: Urgency;
  /** ISO code, `other`, or null when not given. */
  country: string | null;
  status: CaseStatus;
  /** The case's next follow-up day (a date or date-time), or null. */
  followUpOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** What a search matches: lower case, without accents, and phone-like numbers also as bare digits. */
  searchText: string;
};

export const CASE_LIST_SORTS = ['updated_newest', 'updated_oldest', 'follow_up_soonest'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

export type CaseListQuery = {
  text: string;
  urgency: Urgency | 'any';
  status: CaseStatus | 'any';
  /** An ISO code or `other`; `any` for every country. */
  country: string;
  sort: CaseListSort;
};

export const EMPTY_QUERY: CaseListQuery = {
  text: '',
  urgency: 'any',
  status: 'any',
  country: 'any',
  sort: 'updated_newest',
};

/** Lower case without accents or extra spaces, so "José" is found by "jose" and "JOSÉ". */
export function normaliseSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

// The texts a volunteer looks a case up by: its name, the person's words, who and where the money went,
// the other party's identifiers and the references of reports already made.
function searchableTexts(c: Case): string[] {
  return [
    c.title ?? '',
    c.account,
    ...c.identifiers.flatMap((i) => [i.value, i.platform ?? '']),
    ...c.payments.flatMap((p) => [
      p.recipient.name ?? '',
      p.recipient.bank ?? '',
      p.recipient.account ?? '',
      p.recipient.walletAddress ?? '',
      p.reference ?? '',
    ]),
    ...c.reportsMade.flatMap((r) => [r.organisation ?? '', r.reference ?? '']),
    ...c.ownContacts.map((o) => o.name),
    ...c.followUps.flatMap((f) => [f.reference ?? '', f.notes ?? '']),
  ].filter((text) => text !== '');
}

function searchTextOf(c: Case): string {
  const texts = searchableTexts(c);
  // "+34 600 000 000" is also found by "600000000".
  const digits = texts.map((t) => t.replace(/\D/g, '')).filter((d) => d.length >= 6);
  return normaliseSearch([...texts, ...digits].join('\n'));
}

/** Makes the list entry of one case; `now` is the clock its urgency is assessed with. */
export function caseListEntry(c: Case, now: Date): CaseListEntry {
  return {
    id: c.id,
    title: c.title ?? null,
    urgency: assess(c, { now }).urgency.level,
    country: c.country,
    status: caseStatusOf(c),
    followUpOn: c.followUpOn,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    searchText: searchTextOf(c),
  };
}

/** Tells whether an entry holds every word of a search. */
export function matchesText(entry: CaseListEntry, text: string): boolean {
  const words = normaliseSearch(text).split(' ').filter(Boolean);
  return words.every((word) => entry.searchText.includes(word));
}

/** Whether an open case's follow-up day has come ("none" for a closed case: nothing is due on it). */
export function dueOf(entry: CaseListEntry, today: string): FollowUpDue {
  return entry.status === 'closed' ? 'none' : followUpDue(entry.followUpOn, today);
}

const isDue = (due: FollowUpDue) => due === 'overdue' || due === 'today';
const dayOf = (e: CaseListEntry) => e.followUpOn?.slice(0, 10) ?? '9999-12-31';

/**
 * The entries a query asks for, in its order. Open cases due today or overdue come first, the longest overdue
 * first; then the rest in the order chosen. Ties: the more urgent first, then by id, so the order is stable.
 * `today` is the person's own date (YYYY-MM-DD).
 */
export function queryCaseList(
  entries: readonly CaseListEntry[],
  query: CaseListQuery,
  today: string,
): CaseListEntry[] {
  const words = normaliseSearch(query.text).split(' ').filter(Boolean);
  const found = entries.filter(
    (e) =>
      (query.urgency === 'any' || e.urgency === query.urgency) &&
      (query.status === 'any' || e.status === query.status) &&
      (query.country === 'any' || e.country === query.country) &&
      words.every((word) => e.searchText.includes(word)),
  );
  // Worked out once per entry, not at each of the sort's comparisons.
  const due = new Map(found.map((e) => [e.id, isDue(dueOf(e, today))]));
  const times = new Map(found.map((e) => [e.id, Date.parse(e.updatedAt)]));
  const time = (e: CaseListEntry) => times.get(e.id) ?? 0;
  const chosen = (a: CaseListEntry, b: CaseListEntry): number => {
    if (query.sort === 'updated_oldest') return time(a) - time(b);
    if (query.sort === 'follow_up_soonest') return dayOf(a).localeCompare(dayOf(b)) || time(b) - time(a);
    return time(b) - time(a);
  };
  return found.sort(
    (a, b) =>
      Number(due.get(b.id)) - Number(due.get(a.id)) ||
      (due.get(a.id) ? dayOf(a).localeCompare(dayOf(b)) : 0) ||
      chosen(a, b) ||
      URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
      a.id.localeCompare(b.id),
  );
}

/** The countries the entries have, for the country filter, in code order. */
export function countriesOf(entries: readonly CaseListEntry[]): string[] {
  return [...new Set(entries.map((e) => e.country).filter((c): c is string => c !== null))].sort();
}
