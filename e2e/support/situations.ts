import type { ScenarioAnswers } from './drive';

export const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

/** Situations as a person would answer them, shared by the journey and pack tests. */
export const SITUATIONS: Record<
  string,
  { answers: ScenarioAnswers; expect: { level: string; panel?: string; articles: string[]; action: string } }
> = {
  'a romance scam with a bank transfer yesterday': {
    answers: {
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['romance_scam'],
      money_sent: 'yes',
      money_last_sent: 'last_24_hours',
      payment_methods: ['bank_transfer'],
      payments_authorised: 'i_made_them',
      respondent: 'person_harmed',
      country: 'ES',
      age_group: 'age_18_to_59',
      still_in_contact: 'yes',
      more_money_requested: 'yes',
    },
    expect: { level: 'urgent', panel: 'money_recall', articles: ['unc_13'], action: 'call_bank_now' },
  },
  'sextortion of a minor': {
    answers: {
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'yes',
      child_at_risk: 'yes',
      incident_types: ['sextortion'],
      money_sent: 'no',
      respondent: 'person_harmed',
      country: 'BR',
      age_group: 'under_18',
      threat_ongoing: 'yes',
    },
    expect: { level: 'emergency', panel: 'safety', articles: ['unc_14'], action: 'protect_child_now' },
  },
  'an account takeover': {
    answers: {
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['account_takeover'],
      money_sent: 'no',
      respondent: 'person_harmed',
      country: 'GB',
      age_group: 'age_60_plus',
      accounts_controlled: 'yes',
    },
    expect: { level: 'urgent', panel: 'access', articles: ['unc_7'], action: 'secure_accounts' },
  },
};
