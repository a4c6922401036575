/**
 * Where the reference found nothing, and what the app says instead. A gap never becomes an invented entry: the
 * selection shows a notice (text in locales/<lang>/referrals.json under `notices.<code>`) and falls back to other
 * kinds in the same country or to international services. directory.test.ts checks that every kind in every country
 * has entries, an international service offered everywhere, or a gap listed here.
 */
import type { DirectoryCountry, ReferralKind } from '../case/codes';
import type { INTERNATIONAL } from './types';

/** Messages the selection can attach to its result. The UI words them; `kind` and `country` fill placeholders. */
export const NOTICE_CODES = [
  // The person's country is not one of the twelve: international services only.
  'country_not_in_directory',
  // No country given (or "other / not sure").
  'country_not_given',
  'call_local_emergency_number',
  'report_to_local_police',
  // Canada: the CAFC asks victims to report to local police first, then to the CAFC.
  'report_to_local_police_first',
  'no_national_fraud_victim_support',
  'no_national_victim_support',
  'no_national_service_for_kind',
  'no_free_legal_help_listed',
  'no_crisis_line_listed',
  'no_regulator_listed',
  // Money or the other party is in a country not in the directory.
  'foreign_country_not_in_directory',
  // Money or the other party is in a directory country whose channels are not known to take reports from abroad.
  'foreign_report_through_local_police',
  // The bank is needed and the person has not saved their bank's fraud line yet.
  'add_own_bank_contact',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** A kind of help the directory has nothing for in one country (or internationally), and what happens instead. */
export type DirectoryGap = {
  country: DirectoryCountry | typeof INTERNATIONAL;
  kind: ReferralKind;
  /** What the person is told; null when the fallback is simply how the country works (no message needed). */
  notice: NoticeCode | null;
  /** Kinds in the same country to offer instead (e.g. the police channel where there is no separate fraud centre). */
  fallbackKinds?: ReferralKind[];
  /** For maintainers, in English: what the reference says. */
  note: string;
};

const POLICE_IS_THE_CHANNEL =
  'No separate fraud reporting centre in the reference: reports go to the police channel.';
const NO_LEGAL_HELP = 'The reference lists no free legal-advice service; victim support can refer.';
const NATIONAL_NONE = 'No national service of this kind in the reference; international services fall back.';

const perCountry = (countries: DirectoryCountry[], gap: Omit<DirectoryGap, 'country'>): DirectoryGap[] =>
  countries.map((country) => ({ country, ...gap }));

/** Every gap, by kind. */
export const DIRECTORY_GAPS: readonly DirectoryGap[] = [
  ...perCountry(['MX', 'BR', 'AR', 'CO', 'CL', 'PE', 'ES', 'PT'], {
    kind: 'fraud_reporting_centre',
    notice: null,
    fallbackKinds: ['police_cybercrime_report'],
    note: POLICE_IS_THE_CHANNEL,
  }),
  {
    country: 'MX',
    kind: 'intimate_image_removal',
    notice: 'no_national_service_for_kind',
    note:
      'Mexico: no national service to remove intimate images of adults was confirmed; Te Protejo México takes ' +
      'reports about under-18s (see mx_te_protejo).',
  },
  ...perCountry(['AR', 'CO', 'CL', 'PE'], {
    kind: 'intimate_image_removal',
    notice: 'no_national_service_for_kind',
    note: NATIONAL_NONE,
  }),
  ...perCountry(['BR', 'PT'], {
    kind: 'intimate_image_removal',
    notice: 'no_national_service_for_kind',
    fallbackKinds: ['victim_support'],
    note: 'No national removal service; SaferNet HelpLine (BR) and Linha Internet Segura (PT) help with leaked images.',
  }),
  {
    country: 'CA',
    kind: 'victim_support',
    notice: 'no_national_fraud_victim_support',
    note: 'Canada: "No national fraud-victim support charity was confirmed in the sources read."',
  },
  ...perCountry(['CO', 'PE'], {
    kind: 'victim_support',
    notice: 'no_national_victim_support',
    note: 'Peru: victim support "Not confirmed in the sources read"; Colombia: no victim-support row at all.',
  }),
  ...perCountry(['US', 'CA', 'MX', 'BR', 'PE', 'PT', 'AU'], {
    kind: 'legal_help',
    notice: 'no_free_legal_help_listed',
    fallbackKinds: ['victim_support'],
    note: NO_LEGAL_HELP,
  }),
  {
    country: 'CO',
    kind: 'legal_help',
    notice: 'no_free_legal_help_listed',
    fallbackKinds: ['victim_support'],
    note:
      'Colombia: only the copyright and industrial-property offices, which answer questions on that law when ' +
      'someone’s work was copied (co_dnda, co_sic_propiedad_industrial); no free legal-advice service otherwise.',
  },
  {
    country: 'international',
    kind: 'emergency_services',
    notice: 'call_local_emergency_number',
    note: 'There is no international emergency number.',
  },
  {
    country: 'international',
    kind: 'crisis_line',
    notice: 'no_crisis_line_listed',
    note: 'The reference lists no international crisis line.',
  },
  {
    country: 'international',
    kind: 'police_cybercrime_report',
    notice: 'report_to_local_police',
    note: 'Europol EC3 takes no reports from the public; victims report to national police.',
  },
  {
    country: 'international',
    kind: 'financial_regulator_or_ombudsman',
    notice: 'no_regulator_listed',
    note: 'Regulators and ombudsmen are national; the reference lists none that works across borders.',
  },
  { country: 'international', kind: 'legal_help', notice: 'no_free_legal_help_listed', note: NO_LEGAL_HELP },
];

/** Notices that go with a kind of help in a country even when it has entries. */
export const DIRECTORY_NOTES: readonly {
  country: DirectoryCountry;
  kinds: ReferralKind[];
  notice: NoticeCode;
}[] = [
  {
    country: 'CA',
    kinds: ['police_cybercrime_report', 'fraud_reporting_centre'],
    notice: 'report_to_local_police_first',
  },
];

/** Finds the recorded gap for a kind of help in a country (or internationally), if there is one. */
export function findGap(
  country: DirectoryCountry | typeof INTERNATIONAL,
  kind: ReferralKind,
): DirectoryGap | undefined {
  return DIRECTORY_GAPS.find((gap) => gap.country === country && gap.kind === kind);
}
