/**
 * Golden scenarios that the end-to-end journeys also walk (issue #13: e2e situations come from the engine's own
 * scenarios). Each case holds only what a person answers in the questionnaire (no payment records, no ticked
 * steps), so the browser can answer it question by question and must reach the same conclusion. The expectations
 * were written for the journeys before this file existed (e2e/support/situations.ts) and are the judgement of the
 * guidance cited in docs/sources.md: money sent in the last day goes to the bank first; a teenager threatened with
 * their images is an emergency, answered with a crisis line; an account someone else controls is taken back first.
 */
import { scenario, type Scenario } from './scenario';

const safe = { in_danger_now: 'no', self_harm_thoughts: 'no' } as const;

export const JOURNEY_SCENARIOS: readonly Scenario[] = [
  {
    name: 'someone in Spain who sent a bank transfer yesterday to an online partner still asking for more calls the bank first',
    case: scenario()
      .country('ES')
      .age('age_18_to_59')
      .respondent('person_harmed')
      .answers({
        ...safe,
        intimate_image_threat: 'no',
        child_at_risk: 'no',
        incident_types: ['romance_scam'],
      })
      .answers({ money_sent: 'yes', money_last_sent: 'last_24_hours', payment_methods: ['bank_transfer'] })
      .answers({ payments_authorised: 'i_made_them', still_in_contact: 'yes', more_money_requested: 'yes' })
      .build(),
    expect: { urgency: 'urgent', offences: ['unc_13'], firstActions: ['call_bank_now'] },
  },
  {
    name: 'a teenager in Brazil answering alone, threatened with their images, is an emergency with a crisis line first',
    case: scenario()
      .country('BR')
      .age('under_18')
      .respondent('person_harmed')
      .answers({
        ...safe,
        intimate_image_threat: 'yes',
        child_at_risk: 'yes',
        incident_types: ['sextortion'],
      })
      .answers({ money_sent: 'no', threat_ongoing: 'yes' })
      .build(),
    // Art. 14 (material of a child) and Art. 15: extorting a child for sexual images is soliciting them for that
    // purpose, as the independent evaluation set reads NCMEC's guidance (pt_teen_sextortion_shared_self).
    expect: { urgency: 'emergency', offences: ['unc_14', 'unc_15'], firstActions: ['contact_crisis_line'] },
  },
  {
    name: 'an older person in the UK whose account someone else controls takes it back first',
    case: scenario()
      .country('GB')
      .age('age_60_plus')
      .respondent('person_harmed')
      .answers({
        ...safe,
        intimate_image_threat: 'no',
        child_at_risk: 'no',
        incident_types: ['account_takeover'],
      })
      .answers({ money_sent: 'no', accounts_controlled: 'yes' })
      .build(),
    expect: { urgency: 'urgent', offences: ['unc_7'], firstActions: ['secure_accounts'] },
  },
  // Who is answering (issue #10): the same kind of harm reads differently to a parent, a business and a teenager.
  {
    name: 'a parent in the US whose son is being extorted with his images protects him first and is not told to tell someone',
    case: scenario()
      .country('US')
      .age('under_18')
      .respondent('parent_or_carer')
      .answers({
        ...safe,
        intimate_image_threat: 'yes',
        child_at_risk: 'yes',
        incident_types: ['sextortion'],
      })
      .answers({ money_sent: 'no', threat_ongoing: 'yes', images_shared_already: 'no' })
      .answers({ child_relationship: 'my_child_or_family' })
      .build(),
    expect: {
      urgency: 'emergency',
      actions: ['protect_child_now', 'contact_crisis_line', 'stop_replying_to_extortion'],
      noActions: ['tell_someone_you_trust', 'stop_paying'],
    },
  },
  {
    name: 'a web shop in the UK under a denial-of-service attack with a ransom demand calls its host and is not told to disconnect',
    case: scenario()
      .country('GB')
      .respondent('organisation')
      .answers({ ...safe, intimate_image_threat: 'no', child_at_risk: 'no', incident_types: ['ddos'] })
      .answers({ money_sent: 'asked_not_paid', systems_affected: 'business_or_organisation' })
      .answers({ device_harm: ['service_down_or_slow'], attack_ongoing: 'yes', attack_demand: 'yes' })
      .build(),
    expect: {
      urgency: 'urgent',
      actions: ['stop_replying_to_extortion', 'contact_host_or_provider'],
      noActions: ['isolate_affected_systems', 'tell_someone_you_trust', 'stop_paying'],
    },
  },
  {
    name: 'a teenager in Chile answering alone, threatened with their images, is told to tell someone they trust, not to protect a child',
    case: scenario()
      .country('CL')
      .age('under_18')
      .respondent('person_harmed')
      .answers({
        ...safe,
        intimate_image_threat: 'yes',
        child_at_risk: 'yes',
        incident_types: ['sextortion'],
      })
      .answers({ money_sent: 'no', threat_ongoing: 'yes', images_shared_already: 'no' })
      .answers({ child_relationship: 'i_am_under_18' })
      .build(),
    expect: {
      urgency: 'emergency',
      actions: ['contact_crisis_line', 'tell_someone_you_trust', 'stop_replying_to_extortion'],
      noActions: ['protect_child_now'],
    },
  },
];
