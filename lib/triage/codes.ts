/**
 * Output codes of the triage engine: offence articles, notes, rights, deadlines and actions. The UI translates each
 * code with locales/<lang>/assessment.json. Stable snake_case ids: never rename one, only add.
 */
import type { ReferralKind } from '../case/codes';

/** Version of the rule set; bump it when a rule changes what it concludes. */
export const RULES_VERSION = 5;

/** UN Convention against Cybercrime (A/RES/79/243) offence articles 7-17 (docs/sources.md, "UN Convention against Cybercrime"). */
export const UNC_ARTICLES = [
  'unc_7',
  'unc_8',
  'unc_9',
  'unc_10',
  'unc_11',
  'unc_12',
  'unc_13',
  'unc_14',
  'unc_15',
  'unc_16',
  'unc_17',
] as const;
export type UncArticle = (typeof UNC_ARTICLES)[number];

/**
 * Budapest Convention (ETS 185) equivalents (docs/sources.md, "UN Convention against Cybercrime"). Arts 15, 16 and 17 have
 * none: grooming is Lanzarote (CETS 201) Art. 23, and Budapest has no NCII or laundering offence.
 */
export const BUDAPEST_EQUIVALENTS = {
  unc_7: 'ets185_2',
  unc_8: 'ets185_3',
  unc_9: 'ets185_4',
  unc_10: 'ets185_5',
  unc_11: 'ets185_6',
  unc_12: 'ets185_7',
  unc_13: 'ets185_8',
  unc_14: 'ets185_9',
  unc_15: null,
  unc_16: null,
  unc_17: null,
} as const satisfies Record<UncArticle, string | null>;
export type BudapestArticle = Exclude<(typeof BUDAPEST_EQUIVALENTS)[UncArticle], null>;

/** Codes for what the engine wants to say that is not an offence, a right or an action. */
export const NOTE_CODES = [
  'harassment_national_law',
  'extortion_national_law',
  'identity_theft_not_standalone',
  'budapest_only_content',
  'attempt_national_law',
  'fraud_deception_not_in_budapest',
  'possible_laundering_exposure',
  'child_not_to_blame',
  'no_convention_offence_identified',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** Victims' rights: Art. 34 paragraphs 1-6, Art. 33 (witnesses), Art. 52 (return of confiscated proceeds). */
export const RIGHT_IDS = [
  'unc_34_1',
  'unc_34_2',
  'unc_34_3',
  'unc_34_4',
  'unc_34_5',
  'unc_34_6',
  'unc_33',
  'unc_52',
] as const;
export type RightId = (typeof RIGHT_IDS)[number];

/** When an action should be done. */
export const DEADLINE_CODES = [
  'now',
  'within_72_hours',
  'within_2_business_days',
  'as_soon_as_possible',
  'within_80_days',
  'within_13_months',
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

/**
 * The priority tiers of issue #10, most pressing first: danger to life or a child; stopping harm still going on;
 * money still recoverable; securing accounts and identity; keeping evidence and reporting; support and recovery.
 * Within a tier, the playbooks of the situation decide the order (./playbooks.ts).
 */
export const ACTION_TIERS = [
  'danger',
  'stop_harm',
  'money',
  'accounts',
  'record_and_report',
  'support',
] as const;
export type ActionTier = (typeof ACTION_TIERS)[number];

type ActionDefinition = {
  id: string;
  tier: ActionTier;
  deadline: DeadlineCode | null;
  referrals: readonly ReferralKind[];
  /** Steps whose words already include this one: when one of them is shown, this one is not. */
  supersededBy?: readonly string[];
};

/**
 * Every action, in the order they are shown (most pressing first), with its deadline code and the kinds of help
 * (resolved per country by the directory) it needs. Referral needs are derived from the actions that fire.
 *
 * Steps are shown by tier (ACTION_TIERS: danger to life or a child; stopping harm still going on; money still
 * recoverable, by deadline; securing accounts; keeping evidence and reporting; support and recovery). Within a tier,
 * the playbooks that apply to the case order them (./playbooks.ts: each kind of harm has its own order, from its
 * guidance); a step no active playbook lists keeps the order of this list.
 */
export const ACTIONS = [
  // 1. Danger to life or to a child.
  { id: 'call_emergency_services', tier: 'danger', deadline: 'now', referrals: ['emergency_services'] },
  // An adult answering about a child protects the child first; the crisis line follows for the child and for them.
  {
    id: 'protect_child_now',
    tier: 'danger',
    deadline: 'now',
    referrals: ['child_protection', 'police_cybercrime_report'],
  },
  { id: 'contact_crisis_line', tier: 'danger', deadline: 'now', referrals: ['crisis_line'] },
  // A child or teenager answering: a trusted adult now (the adult who answers gets protect_child_now instead).
  // Its referral is a child line (child_protection entries for under-18s): it fires only when the person harmed is
  // under 18.
  { id: 'tell_someone_you_trust', tier: 'danger', deadline: null, referrals: ['child_protection'] },
  // A partner or ex-partner behind it: a safety plan before anything they could notice (removing spyware, blocking).
  { id: 'plan_safety_first', tier: 'danger', deadline: 'now', referrals: ['victim_support'] },
  // 2. Stopping harm that is still going on: someone connected to the device or the network, extortion, money still
  //    being moved through the person's account, images spreading.
  { id: 'remove_remote_access', tier: 'stop_harm', deadline: 'now', referrals: [] },
  {
    id: 'isolate_affected_systems',
    tier: 'stop_harm',
    deadline: 'now',
    referrals: ['police_cybercrime_report'],
  },
  // A denial-of-service is stopped by the host, the provider or a protection service, not by disconnecting.
  { id: 'contact_host_or_provider', tier: 'stop_harm', deadline: 'now', referrals: [] },
  {
    id: 'stop_replying_to_extortion',
    tier: 'stop_harm',
    deadline: 'now',
    referrals: ['police_cybercrime_report'],
  },
  { id: 'get_legal_help_first', tier: 'stop_harm', deadline: 'now', referrals: ['legal_help'] },
  { id: 'stop_moving_money', tier: 'stop_harm', deadline: 'now', referrals: [] },
  {
    id: 'request_image_removal',
    tier: 'stop_harm',
    deadline: 'as_soon_as_possible',
    referrals: ['intimate_image_removal'],
  },
  // 3. Money that can still be recovered, by deadline (and no more money paid to whoever is still asking).
  {
    id: 'call_bank_now',
    tier: 'money',
    deadline: 'within_72_hours',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'request_swift_recall',
    tier: 'money',
    deadline: 'within_72_hours',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'report_ic3_ffkc',
    tier: 'money',
    deadline: 'within_72_hours',
    referrals: ['fraud_reporting_centre'],
  },
  {
    id: 'contact_crypto_exchange',
    tier: 'money',
    deadline: 'as_soon_as_possible',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'contact_gift_card_issuer',
    tier: 'money',
    deadline: 'as_soon_as_possible',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'contact_money_transfer_service',
    tier: 'money',
    deadline: 'as_soon_as_possible',
    referrals: ['bank_or_payment_provider'],
  },
  // The US unauthorised-transfer report goes to the same bank as the fraud call (call_bank_now), and nearly always
  // with it: it is the written follow-up of that call, after the other companies that can still stop a payment (FTC,
  // "Paid someone you think is a scammer?": the bank, the gift card or the transfer company you used).
  {
    id: 'report_unauthorised_us_transfer',
    tier: 'money',
    deadline: 'within_2_business_days',
    referrals: ['bank_or_payment_provider'],
  },
  // A "recovery" service asking for a fee is the scam itself: refusing it comes with stopping payments.
  { id: 'never_pay_recovery_services', tier: 'money', deadline: null, referrals: [] },
  {
    id: 'stop_paying',
    tier: 'money',
    deadline: 'now',
    referrals: [],
    // "Stop replying, and don't pay" already says it.
    supersededBy: ['stop_replying_to_extortion'],
  },
  {
    id: 'request_pix_med',
    tier: 'money',
    deadline: 'within_80_days',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'claim_uk_app_reimbursement',
    tier: 'money',
    deadline: 'within_13_months',
    referrals: ['bank_or_payment_provider'],
  },
  {
    id: 'tell_bank_about_fraud',
    tier: 'money',
    deadline: 'as_soon_as_possible',
    referrals: ['bank_or_payment_provider'],
    // A Pix MED request and a UK reimbursement claim are made to the bank about the fraud: they already tell it.
    // Not when a card was used without consent: blocking and disputing the card is more than either says.
    supersededBy: ['request_pix_med', 'claim_uk_app_reimbursement'],
  },
  // 4. Securing accounts and identity (then warning the contacts an intruder could reach).
  { id: 'secure_accounts', tier: 'accounts', deadline: 'now', referrals: ['platform_report'] },
  { id: 'warn_contacts', tier: 'accounts', deadline: 'as_soon_as_possible', referrals: [] },
  { id: 'change_passwords_clean_device', tier: 'accounts', deadline: null, referrals: [] },
  // The lenders and banks where accounts were opened in the person's name.
  {
    id: 'report_accounts_opened',
    tier: 'accounts',
    deadline: 'as_soon_as_possible',
    // The regulator or ombudsman takes it when a lender will not close the account or correct the record.
    referrals: ['bank_or_payment_provider', 'financial_regulator_or_ombudsman'],
  },
  // 5. Reporting, then what protects the person's identity, then keeping the evidence. Every report form asks for
  //    the evidence, and the report steps say what to bring; in the evaluation set written from published guidance
  //    (lib/triage-evaluation), a report is among the first three steps in 67 of 105 situations and keeping evidence
  //    in 36, so a report comes first when both cannot be in the first three.
  {
    id: 'report_to_police',
    tier: 'record_and_report',
    deadline: null,
    referrals: ['police_cybercrime_report'],
  },
  { id: 'keep_evidence', tier: 'record_and_report', deadline: null, referrals: [] },
  // Images threatened but not shared: hashing services can block them before they spread.
  {
    id: 'block_images_before_shared',
    tier: 'record_and_report',
    deadline: 'as_soon_as_possible',
    referrals: ['intimate_image_removal'],
  },
  {
    id: 'report_to_fraud_centre',
    tier: 'record_and_report',
    deadline: null,
    referrals: ['fraud_reporting_centre'],
  },
  { id: 'report_to_platform', tier: 'record_and_report', deadline: null, referrals: ['platform_report'] },
  {
    id: 'notify_data_protection_authority',
    tier: 'record_and_report',
    deadline: 'as_soon_as_possible',
    referrals: [],
  },
  { id: 'protect_identity', tier: 'record_and_report', deadline: 'as_soon_as_possible', referrals: [] },
  {
    id: 'report_to_financial_regulator',
    tier: 'record_and_report',
    deadline: null,
    referrals: ['financial_regulator_or_ombudsman'],
  },
  {
    id: 'complain_to_ombudsman',
    tier: 'record_and_report',
    deadline: null,
    referrals: ['financial_regulator_or_ombudsman'],
  },
  // 7. Support and recovery.
  { id: 'watch_for_recovery_scams', tier: 'support', deadline: null, referrals: [] },
  { id: 'talk_to_someone', tier: 'support', deadline: null, referrals: ['victim_support'] },
  { id: 'crisis_line_any_time', tier: 'support', deadline: null, referrals: ['crisis_line'] },
  { id: 'get_help_reporting', tier: 'support', deadline: null, referrals: ['victim_support'] },
  { id: 'get_financial_help', tier: 'support', deadline: null, referrals: ['victim_support'] },
  { id: 'get_legal_help', tier: 'support', deadline: null, referrals: ['legal_help'] },
] as const satisfies readonly ActionDefinition[];
export type ActionId = (typeof ACTIONS)[number]['id'];

/**
 * Variants of a step's words for a situation, and the steps that have them (see Assessment['actions']): `card` when
 * a card was used without consent ("block the card, then dispute"); `locked_out` when the intruder changed the
 * password, email or phone number ("use the service's recovery for hacked accounts").
 */
export const ACTION_VARIANTS = {
  card: ['call_bank_now', 'tell_bank_about_fraud'],
  locked_out: ['secure_accounts'],
} as const satisfies Record<string, readonly ActionId[]>;
/** The fact that calls for each variant. */
export const VARIANT_FACTS = {
  card: 'card_used_without_consent',
  locked_out: 'locked_out_of_account',
} as const satisfies Record<keyof typeof ACTION_VARIANTS, string>;
export type ActionVariant = keyof typeof ACTION_VARIANTS;

/** All action ids, in display order. */
export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((a) => a.id);
