/**
 * The incident type ids the directory refers to when it says which cases an entry suits. They are the triage
 * engine's ids; incident-types.test.ts checks that each one exists in the engine's list once the engine exports it.
 */
export const INCIDENT_TYPES = [
  'romance_scam',
  'investment_scam',
  'phishing',
  'impersonation_call',
  'account_takeover',
  'shopping_fraud',
  'tech_support_scam',
  'family_impersonation',
  'job_scam',
  'sextortion',
  'intimate_image_abuse',
  'malware_ransomware',
  'data_breach',
  'ddos',
  'identity_theft',
  'child_abuse',
  'harassment',
  'recovery_scam',
  'money_mule',
] as const;

export type IncidentType = (typeof INCIDENT_TYPES)[number];
