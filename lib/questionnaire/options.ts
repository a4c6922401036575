/**
 * Option lists shared by several questions and by the triage engine. Stable snake_case ids: never rename one.
 */

/** What happened. Several may apply. The order is the order shown. */
export const INCIDENT_TYPES = [
  'romance_scam',
  'investment_scam',
  'phishing',
  'official_impersonation',
  'account_takeover',
  'shopping_fraud',
  'tech_support_scam',
  'family_impersonation',
  'job_task_scam',
  'sextortion',
  'intimate_images_shared',
  'malware_ransomware_breach',
  'ddos',
  'identity_theft',
  'child_sexual_abuse',
  'harassment',
  'fund_recovery_scam',
  'money_mule',
  'content_copied',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** Incident types where someone deceived the person into acting (the deception prong of fraud). */
export const DECEPTION_INCIDENTS = [
  'romance_scam',
  'investment_scam',
  'phishing',
  'official_impersonation',
  'shopping_fraud',
  'tech_support_scam',
  'family_impersonation',
  'job_task_scam',
  'fund_recovery_scam',
] as const satisfies readonly IncidentType[];

/** Incident types that start with someone contacting the person (so the contact questions apply). */
export const CONTACT_INCIDENTS = [
  ...DECEPTION_INCIDENTS,
  'account_takeover',
  'sextortion',
  'intimate_images_shared',
  'child_sexual_abuse',
  'harassment',
  'money_mule',
] as const satisfies readonly IncidentType[];

/** How the other party first reached the person (contact_channels). The order is the order shown. */
export const CONTACT_CHANNELS = [
  'social_media',
  'dating_site_or_app',
  'messaging_app',
  'phone_call',
  'text_message',
  'email',
  'online_marketplace',
  'website',
  'video_game',
  'in_person',
  'other',
  'dont_know',
] as const;

/** What was demanded under threat (demand_kinds). The order is the order shown. */
export const DEMAND_KINDS = [
  'money',
  'more_images',
  'sexual_acts_or_meeting',
  'get_back_together',
  'something_else',
  'nothing_asked',
  'dont_know',
] as const;

export const YES_NO = ['yes', 'no'] as const;
export const YES_NO_DONT_KNOW = ['yes', 'no', 'dont_know'] as const;
export const YES_NO_PREFER_NOT = ['yes', 'no', 'prefer_not_to_say'] as const;
export const YES_NO_DONT_KNOW_PREFER_NOT = ['yes', 'no', 'dont_know', 'prefer_not_to_say'] as const;

/** Whether intimate images are real recordings, or made or altered (a "deepfake"): it changes which offence applies. */
export const IMAGES_MADE = ['real_images', 'made_or_edited', 'dont_know'] as const;

/** When money was last sent. Upper bounds match the time windows the engine knows (72 h, 80 days, 13 months). */
export const MONEY_LAST_SENT = [
  'last_24_hours',
  'last_3_days',
  'last_2_weeks',
  'last_80_days',
  'last_13_months',
  'longer_ago',
  'dont_know',
] as const;
export type MoneyLastSent = (typeof MONEY_LAST_SENT)[number];

/** What the person gave away. */
export const DATA_GIVEN = [
  'passwords',
  'one_time_codes',
  'card_details',
  'bank_login',
  'id_documents',
  // Numbers read out or typed in (a social security, tax or national ID number): enough to open accounts in a name.
  'id_numbers',
  'personal_details',
  'selfie_or_video',
  'remote_access',
  'none',
  'dont_know',
] as const;

export const SUPPORT_WANTED = [
  'someone_to_talk_to',
  'financial_help',
  'legal_help',
  'help_reporting',
  'help_securing_accounts',
  'nothing_now',
] as const;
