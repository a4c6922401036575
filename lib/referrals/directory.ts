/**
 * The whole directory and its lookups: every entry of the twelve countries and the international services, by
 * country and by kind of help.
 */
import type { DirectoryCountry, ReferralKind } from '../case/codes';
import { AR_ENTRIES } from './data/ar';
import { AU_ENTRIES } from './data/au';
import { BR_ENTRIES } from './data/br';
import { CA_ENTRIES } from './data/ca';
import { CL_ENTRIES } from './data/cl';
import { CO_ENTRIES } from './data/co';
import { ES_ENTRIES } from './data/es';
import { GB_ENTRIES } from './data/gb';
import { INTERNATIONAL_ENTRIES } from './data/international';
import { MX_ENTRIES } from './data/mx';
import { PE_ENTRIES } from './data/pe';
import { PT_ENTRIES } from './data/pt';
import { US_ENTRIES } from './data/us';
import { INTERNATIONAL, NEEDS_CHECK_LEVELS } from './types';
import type { DirectoryEntry, EntryCountry, UseWhen, Verification } from './types';

/** Every entry, country by country in the order of DIRECTORY_COUNTRIES, then the international ones. */
export const DIRECTORY: readonly DirectoryEntry[] = [
  ...US_ENTRIES,
  ...CA_ENTRIES,
  ...MX_ENTRIES,
  ...BR_ENTRIES,
  ...AR_ENTRIES,
  ...CO_ENTRIES,
  ...CL_ENTRIES,
  ...PE_ENTRIES,
  ...ES_ENTRIES,
  ...PT_ENTRIES,
  ...GB_ENTRIES,
  ...AU_ENTRIES,
  ...INTERNATIONAL_ENTRIES,
];

const BY_ID = new Map(DIRECTORY.map((entry) => [entry.id, entry]));

/** Finds an entry by its id. */
export function getEntry(id: string): DirectoryEntry | undefined {
  return BY_ID.get(id);
}

/** The kinds of help an entry gives: its main kind first, then the others. */
export function getEntryKinds(entry: DirectoryEntry): ReferralKind[] {
  return [entry.kind, ...(entry.alsoKinds ?? [])];
}

/** Tells whether an entry gives a kind of help, as its main kind or another one. */
export function hasKind(entry: DirectoryEntry, kind: ReferralKind): boolean {
  return entry.kind === kind || (entry.alsoKinds?.includes(kind) ?? false);
}

/**
 * The entries a country counts as its own, optionally of one kind: its entries plus the international services run
 * from it (NCMEC for the United States, the IWF for the United Kingdom). In data order, which is the order of
 * preference within a kind.
 */
export function listCountryEntries(country: DirectoryCountry, kind?: ReferralKind): DirectoryEntry[] {
  return DIRECTORY.filter(
    (entry) =>
      (entry.country === country || entry.homeCountry === country) &&
      (kind === undefined || hasKind(entry, kind)),
  );
}

/** International entries of a kind that the selection may use in the given ways. */
export function listInternationalEntries(kind: ReferralKind, uses: readonly UseWhen[]): DirectoryEntry[] {
  return DIRECTORY.filter(
    (entry) =>
      entry.country === INTERNATIONAL &&
      entry.useWhen !== undefined &&
      uses.includes(entry.useWhen) &&
      hasKind(entry, kind),
  );
}

/** Every entry filed under one country (or `international`), without the international ones run from it. */
export function listEntriesFiledUnder(country: EntryCountry): DirectoryEntry[] {
  return DIRECTORY.filter((entry) => entry.country === country);
}

/** A fact of an entry that is verified differently from the entry as a whole. */
export type FactToCheck = {
  field: 'url' | 'reportUrl' | 'phone' | 'email';
  /** Position in `phones` or `emails`. */
  index?: number;
  verification: Verification;
};

/** Lists the facts of an entry (address, number, email) whose own verification is partial or unverified. */
export function listFactsToCheck(entry: DirectoryEntry): FactToCheck[] {
  const facts: FactToCheck[] = [];
  const add = (field: FactToCheck['field'], level: Verification | undefined, index?: number) => {
    if (level !== undefined && NEEDS_CHECK_LEVELS.includes(level))
      facts.push(
        index === undefined ? { field, verification: level } : { field, index, verification: level },
      );
  };
  add('url', entry.urlVerification);
  add('reportUrl', entry.reportUrlVerification);
  entry.phones.forEach((phone, index) => add('phone', phone.verification, index));
  (entry.emails ?? []).forEach((email, index) => add('email', email.verification, index));
  return facts;
}

/**
 * Tells whether an entry must carry the "check before relying on this" mark as a whole: the reference marks it
 * partial or unverified, or one of the facts it shows is unverified. (A fact marked partial, such as an old number
 * for callers abroad, is marked where it is shown: see listFactsToCheck.)
 */
export function needsCheck(entry: DirectoryEntry): boolean {
  if (NEEDS_CHECK_LEVELS.includes(entry.verification)) return true;
  return listFactsToCheck(entry).some((fact) => fact.verification === 'unverified');
}

/**
 * Tells whether an entry gives the person a way to act: a number to call or text, or an address to open. A generic
 * entry ("your bank") counts: its text says how to find the right contact. The selection never offers an entry
 * without one (it stays in the directory for browsing, with labels.no_contact_details).
 */
export function hasWayToAct(entry: DirectoryEntry): boolean {
  return (
    entry.isGeneric === true || entry.phones.length > 0 || Boolean(entry.url) || Boolean(entry.reportUrl)
  );
}
