/**
 * Codes shared by the case model, the triage engine, the referral directory, the journey and the pack.
 * They are stable snake_case ids (or ISO codes): never rename one, only add.
 */

/** The twelve countries the offline directory covers (ISO 3166-1 alpha-2). */
export const DIRECTORY_COUNTRIES = [
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CO',
  'CL',
  'PE',
  'ES',
  'PT',
  'GB',
  'AU',
] as const;

export type DirectoryCountry = (typeof DIRECTORY_COUNTRIES)[number];

/** A country of residence: any ISO 3166-1 alpha-2 code (upper case), or `other` when unknown or unsure. */
export type CountryCode = string;

export const OTHER_COUNTRY = 'other';

/** Tells whether a country has entries of its own in the directory. */
export function isDirectoryCountry(value: unknown): value is DirectoryCountry {
  return typeof value === 'string' && (DIRECTORY_COUNTRIES as readonly string[]).includes(value);
}

/** Urgency levels, most urgent first. */
export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine'] as const;

export type Urgency = (typeof URGENCIES)[number];

/**
 * Kinds of help the engine can ask for. The directory resolves each kind to organisations per country.
 */
export const REFERRAL_KINDS = [
  'emergency_services',
  'crisis_line',
  'child_protection',
  'bank_or_payment_provider',
  'police_cybercrime_report',
  'fraud_reporting_centre',
  'financial_regulator_or_ombudsman',
  'intimate_image_removal',
  'platform_report',
  'victim_support',
  'legal_help',
] as const;

export type ReferralKind = (typeof REFERRAL_KINDS)[number];
