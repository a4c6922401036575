/**
 * Closed vocabularies of the case model: who answers, age groups, payment methods, identifier kinds, evidence kinds.
 * They are stable snake_case ids, like the codes in ./codes.ts: never rename one, only add (and document it in
 * docs/case-file.md). The text for each lives in locales/<lang>/questionnaire.json under `records.*`.
 */

/** Who is answering: the person harmed, or someone helping them (a relative, friend or volunteer). */
/**
 * Who is filling the questionnaire in: the person harmed, a parent or carer of a child, someone helping another adult,
 * or someone acting for a business or organisation. Steps and wording fit each (i18next context in the locales).
 * Before schema version 4, `helper` also covered parents (see migrations.ts).
 */
export const RESPONDENTS = ['person_harmed', 'parent_or_carer', 'helper', 'organisation'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/**
 * Age group of the person harmed. Under 18 changes the routing (child protection); 60 and over is kept because
 * several reporting centres treat older people's cases with priority.
 */
export const AGE_GROUPS = ['under_18', 'age_18_to_59', 'age_60_plus', 'prefer_not_to_say'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** How a payment was made. `international_wire` is a bank transfer to an account abroad (SWIFT). */
export const PAYMENT_METHODS = [
  'bank_transfer',
  'international_wire',
  'card',
  'instant_payment',
  'crypto',
  'gift_card',
  'cash_or_courier',
  'money_transfer_service',
  'payment_app',
  'other',
  'dont_know',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Named instant-payment schemes and payment apps, when the method is `instant_payment` or `payment_app`. */
export const PAYMENT_SCHEMES = [
  'pix',
  'zelle',
  'bizum',
  'mb_way',
  'yape',
  'plin',
  'spei',
  'faster_payments',
  'interac_e_transfer',
  'payid',
  'paypal',
  'venmo',
  'cash_app',
  'mercado_pago',
  'nequi',
  'other',
] as const;
export type PaymentScheme = (typeof PAYMENT_SCHEMES)[number];

/** Kinds of identifier the other party used. */
export const IDENTIFIER_KINDS = [
  'name',
  'profile_url',
  'username',
  'phone',
  'email',
  'website',
  'wallet_address',
  'bank_account',
  'other',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** What an evidence item is. */
export const EVIDENCE_KINDS = [
  'screenshot',
  'chat_export',
  'email',
  'receipt_or_statement',
  'photo',
  'video',
  'audio',
  'call_log',
  'document',
  'web_page',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Where a report already made went, when it is not one of the referral kinds (e.g. the person's employer). */
export const OTHER_REPORT_KIND = 'other';

/**
 * Where one referral stands, as a volunteer follows it through (issue 14, point 2), in the order a referral moves:
 * nobody has contacted the organisation yet; someone has; a report was filed; the organisation acknowledged it (often
 * with a reference number); the organisation closed it.
 */
export const REFERRAL_STATUSES = [
  'not_contacted',
  'contacted',
  'report_filed',
  'acknowledged',
  'closed',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * What a followed referral points at: an entry of the directory the results recommend, a contact the person added
 * themselves, or a report the person had already made (the case's `reportsMade`).
 */
export const FOLLOW_UP_SOURCES = ['directory', 'own_contact', 'report_made'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];
