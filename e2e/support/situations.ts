import type { ScenarioAnswers } from './drive';

export const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

/** Situations as a person would answer them, shared by the journey and pack tests. */
export const SITUATIONS: Record<
  string,
  {
    answers: ScenarioAnswers;
    expect: {
      level: string;
      /**
       * The urgent panel, the step whose answer calls for it (the panel comes right after it), and the latest
       * screen it may appear on, counting the start page as the first.
       */
      panel?: { id: string; after: string; byScreen: number };
      articles: string[];
      action: string;
    };
  }
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
    expect: {
      level: 'urgent',
      // A recall is most likely within hours: the panel is on screen within six.
      panel: { id: 'money_recall', after: 'money_sent', byScreen: 6 },
      articles: ['unc_13'],
      action: 'call_bank_now',
    },
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
    expect: {
      level: 'emergency',
      // A child at risk is known from the safety questions: help comes before anything about what happened.
      panel: { id: 'safety', after: 'safety_threats', byScreen: 4 },
      articles: ['unc_14'],
      // The teenager is answering: a crisis line and a trusted adult, not "stay with the child" (issue #10).
      action: 'contact_crisis_line',
    },
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
    expect: {
      level: 'urgent',
      // Only the access questions tell; the panel follows them at once.
      panel: { id: 'access', after: 'access_now', byScreen: 11 },
      articles: ['unc_7'],
      action: 'secure_accounts',
    },
  },
};
