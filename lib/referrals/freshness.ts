/**
 * How old an entry's source is, and what that means for the badge a card shows. A fact confirmed on an official page
 * years ago may have changed since: after three years without a fresh live check, the card no longer says
 * "confirmed on an official page" but "on an official page dated …, check it is still current". Pure: the caller
 * passes the day to judge against.
 */
import type { DirectoryEntry, Verification } from './types';

/** A source older than this, with no live check as recent, is shown as dated. */
export const STALE_AFTER_YEARS = 3;

/** What a card says about an entry's verification: a level, or an official source that has aged. */
export type ShownVerification = Verification | 'official_dated';

/**
 * The last day a partial date can mean ("2023" → 31 Dec 2023, "2023-05" → 31 May 2023), so a source is never made
 * out to be older than it may be.
 */
export function latestDayOf(date: string): Date {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day));
  if (month !== undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** How many whole years have passed from `date` (a year, a month or a day, read as its last day) to `asOf`. */
export function yearsSince(date: string, asOf: Date): number {
  const from = latestDayOf(date);
  let years = asOf.getUTCFullYear() - from.getUTCFullYear();
  const anniversary = Date.UTC(asOf.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  if (asOf.getTime() < anniversary) years -= 1;
  return Math.max(0, years);
}

/** Tells whether someone checked the entry on the organisation's own site within the last three years. */
export function hasFreshLiveCheck(entry: DirectoryEntry, asOf: Date): boolean {
  return entry.checkMethod === 'live' && yearsSince(entry.verifiedOn, asOf) < STALE_AFTER_YEARS;
}

/** Tells whether the entry's source is dated more than three years before `asOf` (undated sources are not). */
export function isSourceStale(entry: DirectoryEntry, asOf: Date): boolean {
  return entry.sourceDate !== undefined && yearsSince(entry.sourceDate, asOf) >= STALE_AFTER_YEARS;
}

/**
 * The verification a card shows for an entry: its level, except that an official source older than three years,
 * with no fresh live check, is shown as `official_dated`.
 */
export function shownVerification(entry: DirectoryEntry, asOf: Date): ShownVerification {
  if (entry.verification === 'official' && isSourceStale(entry, asOf) && !hasFreshLiveCheck(entry, asOf))
    return 'official_dated';
  return entry.verification;
}

/** Order of weakness for re-checking: unverified first, then partial, dated official, secondary, official. */
export const WEAKEST_FIRST: readonly ShownVerification[] = [
  'unverified',
  'partial',
  'official_dated',
  'secondary',
  'official',
];
