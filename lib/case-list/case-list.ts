/**
 * The volunteer's case list (issue 14, point 1), as pure functions the list screen can use: one entry per case,
 * made once when the list opens (the urgency needs the triage engine), then search, filters and order on entries
 * alone, so a keystroke never runs the engine again. The entry keeps only what the list shows and searches.
 */
import { URGENCIES } from '../case/codes';
import type { Urgency } from '../case/codes';
import type { Case } from '../case/schema';
import { assess } from '../triage/assess';

export type CaseListEntry = {
  id: string;
  title: string | null;
  urgency: Urgency;
  /** ISO code, `other`, or null when not given. */
  country: string | null;
  createdAt: string;
  updatedAt: string;
  /** What a search matches: lower case, without accents, and phone-like numbers also as bare digits. */
  searchText: string;
};

export const CASE_LIST_SORTS = ['updated_newest', 'updated_oldest'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

export type CaseListQuery = {
  text: string;
  urgency: Urgency | 'any';
  /** An ISO code or `other`; `any` for every country. */
  country: string;
  sort: CaseListSort;
};

export const EMPTY_QUERY: CaseListQuery = {
  text: '',
  urgency: 'any',
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

/** The entries a query asks for, in its order (ties: the more urgent first, then by id, so the order is stable). */
export function queryCaseList(entries: readonly CaseListEntry[], query: CaseListQuery): CaseListEntry[] {
  const found = entries.filter(
    (e) =>
      (query.urgency === 'any' || e.urgency === query.urgency) &&
      (query.country === 'any' || e.country === query.country) &&
      matchesText(e, query.text),
  );
  const direction = query.sort === 'updated_newest' ? -1 : 1;
  const time = (e: CaseListEntry) => Date.parse(e.updatedAt);
  return found.sort(
    (a, b) =>
      direction * (time(a) - time(b)) ||
      URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
      a.id.localeCompare(b.id),
  );
}

/** The countries the entries have, for the country filter, in code order. */
export function countriesOf(entries: readonly CaseListEntry[]): string[] {
  return [...new Set(entries.map((e) => e.country).filter((c): c is string => c !== null))].sort();
}
