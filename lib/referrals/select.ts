/**
 * Chooses who to contact for one case: resolves the kinds of help the engine asks for to directory entries for the
 * country of residence, adds the reporting channels of the country where the money went or the other party seems to
 * be, falls back to international services and notices where the directory has nothing, and puts them in the order
 * a person should act. Pure: the same assessment and case always give the same result.
 */
import { isDirectoryCountry, OTHER_COUNTRY } from '../case/codes';
import type { DirectoryCountry, ReferralKind } from '../case/codes';
import { listCountryEntries, listInternationalEntries } from './directory';
import { DIRECTORY_NOTES, findGap } from './gaps';
import { toOwnContactEntry } from './own-contacts';
import { isEuCountry, REPORTING_KINDS } from './order';
import { SelectionBuilder, unique } from './selection-builder';
import type {
  ReferralAssessment,
  ReferralCaseData,
  ReferralSelection,
  SelectedDirectoryReferral,
} from './selection-types';
import { INTERNATIONAL } from './types';
import type { DirectoryEntry } from './types';

export type {
  ReferralAssessment,
  ReferralCaseData,
  ReferralNotice,
  ReferralSelection,
  ReferralSource,
  SelectedDirectoryReferral,
  SelectedOwnContact,
  SelectedReferral,
} from './selection-types';

const SELECTABLE_INTERNATIONAL = ['always', 'fallback', 'cross_border'] as const;

/**
 * Selects and orders the referrals for a case: emergency and crisis first when the urgency is `emergency` (or there
 * is a safety risk), then the bank while money can still be recalled, then police and reporting centres, then
 * support. Each referral carries the ids of the rules that asked for it.
 */
export function selectReferrals(
  assessment: ReferralAssessment,
  caseData: ReferralCaseData,
): ReferralSelection {
  const builder = new SelectionBuilder(assessment);
  const country = caseData.country?.toUpperCase() ?? null;
  const residence = isDirectoryCountry(country) ? country : null;
  const needs = withEmergencyNeed(assessment);

  if (residence === null) {
    const given = country !== null && country !== OTHER_COUNTRY.toUpperCase();
    builder.notice(given ? 'country_not_in_directory' : 'country_not_given', [], {
      country: given ? country : OTHER_COUNTRY,
    });
    builder.notice('call_local_emergency_number', [...assessment.urgency.ruleIds]);
    builder.notice('report_to_local_police', ruleIdsOf(needs, REPORTING_KINDS));
  }
  for (const need of needs) {
    if (residence === null) addInternational(builder, need.kind, need.ruleIds);
    else addForCountry(builder, residence, need.kind, need.ruleIds);
  }
  addForeignChannels(builder, residence, foreignCountriesOf(assessment, caseData, country), needs);
  for (const contact of caseData.ownContacts)
    builder.addOwn(toOwnContactEntry(contact), ruleIdsOf(needs, [contact.kind]));
  const bankReasons = ruleIdsOf(needs, ['bank_or_payment_provider']);
  if (bankReasons.length > 0 && !caseData.ownContacts.some((c) => c.kind === 'bank_or_payment_provider'))
    builder.notice('add_own_bank_contact', bankReasons);
  return { residence, referrals: builder.sortedReferrals(), notices: builder.notices };
}

type Need = { kind: ReferralKind; ruleIds: readonly string[] };

/** The engine's needs, plus emergency services when the urgency is `emergency` and the engine did not list them. */
function withEmergencyNeed(assessment: ReferralAssessment): Need[] {
  const needs: Need[] = [...assessment.referralNeeds];
  if (assessment.urgency.level === 'emergency' && !needs.some((n) => n.kind === 'emergency_services'))
    needs.unshift({ kind: 'emergency_services', ruleIds: assessment.urgency.ruleIds });
  return needs;
}

function ruleIdsOf(needs: readonly Need[], kinds: readonly ReferralKind[]): string[] {
  return unique(needs.filter((n) => kinds.includes(n.kind)).flatMap((n) => n.ruleIds));
}

/** Resolves one kind of help in a directory country, with its documented gap and notes. */
function addForCountry(
  builder: SelectionBuilder,
  country: DirectoryCountry,
  kind: ReferralKind,
  reasons: readonly string[],
) {
  const local = builder.suitable(listCountryEntries(country, kind));
  for (const entry of local) builder.add(entry, kind, reasons, 'residence');
  for (const entry of builder.suitable(listInternationalEntries(kind, ['always'])))
    builder.add(entry, kind, reasons, sourceOf(entry, country));
  for (const note of DIRECTORY_NOTES)
    if (note.country === country && note.kinds.includes(kind)) builder.notice(note.notice, [...reasons]);
  if (local.length > 0) return;

  const gap = findGap(country, kind);
  if (gap?.notice) builder.notice(gap.notice, [...reasons], { kind, country });
  const fallbackKinds = gap?.fallbackKinds ?? [];
  const instead = fallbackKinds.flatMap((k) => builder.suitable(listCountryEntries(country, k)));
  for (const entry of instead) builder.add(entry, kind, reasons, 'residence');
  if (instead.length > 0) return;
  // Nothing in the country either: international services of the kind, or of the kinds offered instead.
  const international = [kind, ...fallbackKinds].flatMap((k) =>
    builder.suitable(listInternationalEntries(k, SELECTABLE_INTERNATIONAL)),
  );
  for (const entry of international) builder.add(entry, kind, reasons, 'international');
  if (international.length === 0 && !gap)
    builder.notice('no_national_service_for_kind', [...reasons], { kind, country });
}

/** Resolves one kind of help with international services only (country not in the directory). */
function addInternational(builder: SelectionBuilder, kind: ReferralKind, reasons: readonly string[]) {
  const entries = builder.suitable(listInternationalEntries(kind, SELECTABLE_INTERNATIONAL));
  for (const entry of entries) builder.add(entry, kind, reasons, 'international');
  if (entries.length > 0) return;
  const gap = findGap(INTERNATIONAL, kind);
  if (gap?.notice) builder.notice(gap.notice, [...reasons], { kind });
}

/** Countries where the money went or the other party seems to be, other than the person's own. */
function foreignCountriesOf(
  assessment: ReferralAssessment,
  caseData: ReferralCaseData,
  home: string | null,
): string[] {
  const named = [
    ...assessment.flags.foreignCountries,
    ...(caseData.payments ?? []).map((payment) => payment.recipientCountry),
  ];
  return unique(
    named
      .filter((c): c is string => typeof c === 'string' && /^[A-Za-z]{2}$/.test(c))
      .map((c) => c.toUpperCase())
      .filter((c) => c !== home),
  );
}

/**
 * Adds, for each foreign country, its reporting channels that take reports from abroad (IC3 when the other party is
 * in the United States; Spain's Guardia Civil for EU citizens), or a notice to report through local police; and the
 * cross-border complaint site. Only when the engine asked for a report.
 */
function addForeignChannels(
  builder: SelectionBuilder,
  home: DirectoryCountry | null,
  foreign: string[],
  needs: Need[],
) {
  const reasons = ruleIdsOf(needs, REPORTING_KINDS);
  if (foreign.length === 0 || reasons.length === 0) return;
  for (const country of foreign) {
    if (!isDirectoryCountry(country)) {
      builder.notice('foreign_country_not_in_directory', reasons, { country });
      continue;
    }
    const channels = REPORTING_KINDS.flatMap((kind) =>
      builder
        .suitable(listCountryEntries(country, kind))
        .filter((entry) => acceptsFromAbroad(entry, home))
        .map((entry) => ({ entry, kind })),
    );
    for (const { entry, kind } of channels) builder.add(entry, kind, reasons, 'foreign', country);
    if (channels.length === 0) builder.notice('foreign_report_through_local_police', reasons, { country });
  }
  for (const entry of listInternationalEntries('fraud_reporting_centre', ['cross_border']))
    builder.add(entry, 'fraud_reporting_centre', reasons, 'international');
}

function acceptsFromAbroad(entry: DirectoryEntry, home: DirectoryCountry | null): boolean {
  if (entry.fromAbroad === 'anyone' || entry.fromAbroad === 'subject_in_country') return true;
  return entry.fromAbroad === 'eu_citizens' && home !== null && isEuCountry(home);
}

function sourceOf(entry: DirectoryEntry, residence: DirectoryCountry): SelectedDirectoryReferral['source'] {
  return entry.country === residence || entry.homeCountry === residence ? 'residence' : 'international';
}
