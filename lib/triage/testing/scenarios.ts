/**
 * Golden scenarios: what happened, in plain language, and what the engine must conclude. Domain experts can review
 * this file without reading the engine. `now` is Wednesday 4 March 2026, 10:00 UTC, unless a scenario says
 * otherwise. Offence and right lists are exact: an article must not appear without facts that support it.
 */
import { scenario, type Scenario } from './scenario';
import { JOURNEY_SCENARIOS } from './scenarios-journeys';
import { ACCESS_SCENARIOS, SAFETY_SCENARIOS } from './scenarios-situations';

export type { Scenario } from './scenario';

export const NOW = '2026-03-04T10:00:00Z';

const MONEY_RIGHTS = ['unc_34_1', 'unc_34_2', 'unc_34_3', 'unc_52'] as const;
const safe = {
  in_danger_now: 'no',
  self_harm_thoughts: 'no',
  intimate_image_threat: 'no',
  child_at_risk: 'no',
};

export const MONEY_SCENARIOS: readonly Scenario[] = [
  {
    name: 'a parent who sent €800 by Bizum yesterday to a "new number" of their son is told to call the bank first',
    case: scenario()
      .country('ES')
      .age('age_60_plus')
      .answers({
        ...safe,
        incident_types: ['family_impersonation'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
      })
      .answers({
        payment_methods: ['instant_payment'],
        payments_authorised: 'i_made_them',
        contact_channels: ['messaging_app'],
      })
      .payment({
        paidAt: '2026-03-03T18:40',
        amount: 800,
        currency: 'EUR',
        method: 'instant_payment',
        scheme: 'bizum',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      budapest: { unc_13: null },
      notes: ['fraud_deception_not_in_budapest'],
      rights: MONEY_RIGHTS,
      firstActions: ['call_bank_now'],
      // The scammer posed as the son on a new number; nobody is using the parent's accounts (issue #10).
      actions: ['report_to_police', 'report_to_fraud_centre', 'keep_evidence'],
      noActions: ['tell_bank_about_fraud', 'request_pix_med', 'warn_contacts'],
      firstReferral: 'bank_or_payment_provider',
      flags: {
        moneySentRecently: true,
        isOlderPerson: true,
        totalsByCurrency: [{ currency: 'EUR', amount: 800 }],
      },
    },
  },
  {
    name: 'a woman in the US who wired US$60,000 to Nigeria two days ago for her online partner is told to ask for a SWIFT recall and report to IC3 at once',
    case: scenario()
      .country('US')
      .answers({
        ...safe,
        incident_types: ['romance_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_3_days',
      })
      .answers({
        payment_methods: ['international_wire'],
        contact_channels: ['dating_site_or_app', 'messaging_app'],
      })
      .payment({
        paidAt: '2026-03-02T15:00-05:00',
        amount: 60_000,
        currency: 'USD',
        method: 'international_wire',
        recipientCountry: 'NG',
      })
      .answer('other_party_country', 'GH')
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      firstActions: ['call_bank_now', 'request_swift_recall', 'report_ic3_ffkc'],
      actions: ['talk_to_someone', 'report_to_platform'],
      firstReferral: 'bank_or_payment_provider',
      referrals: ['fraud_reporting_centre', 'victim_support', 'police_cybercrime_report'],
      flags: { moneySentRecently: true, foreignCountries: ['GH', 'NG'] },
    },
  },
  {
    name: 'a wire of US$49,999 is recalled through the bank, but is under the Financial Fraud Kill Chain threshold',
    case: scenario()
      .country('US')
      .answers({ incident_types: ['investment_scam'], money_sent: 'yes' })
      .payment({
        paidAt: '2026-03-03',
        amount: 49_999,
        currency: 'USD',
        method: 'international_wire',
        recipientCountry: 'HK',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      actions: ['request_swift_recall', 'call_bank_now'],
      noActions: ['report_ic3_ffkc'],
    },
  },
  {
    name: 'someone in Brazil who paid a fake bank employee by Pix ten days ago is told to ask their bank for a MED refund within 80 days',
    case: scenario()
      .country('BR')
      .answers({
        ...safe,
        incident_types: ['official_impersonation'],
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
      })
      .answers({ impersonated: ['bank'], contact_channels: ['phone_call'], data_given: ['one_time_codes'] })
      .payment({
        paidAt: '2026-02-22',
        amount: 3500,
        currency: 'BRL',
        method: 'instant_payment',
        scheme: 'pix',
      })
      .build(),
    expect: {
      urgency: 'soon',
      offences: ['unc_11', 'unc_13'],
      actions: ['request_pix_med', 'change_passwords_clean_device', 'report_to_police'],
      noActions: ['call_bank_now', 'claim_uk_app_reimbursement'],
      flags: { moneySentRecently: false },
    },
  },
  {
    name: 'a Pix payment made 100 days ago is past the MED window, so no MED request is suggested',
    case: scenario()
      .country('BR')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes', money_last_sent: 'last_13_months' })
      .payment({
        paidAt: '2025-11-24',
        amount: 900,
        currency: 'BRL',
        method: 'instant_payment',
        scheme: 'pix',
      })
      .build(),
    expect: {
      urgency: 'soon',
      offences: ['unc_13'],
      noActions: ['request_pix_med'],
      actions: ['tell_bank_about_fraud'],
    },
  },
  {
    name: 'a Pix payment dated five days ago, with no "when" answer, still opens the MED window but not the 72-hour one',
    case: scenario()
      .country('BR')
      .answers({ incident_types: ['job_task_scam'], money_sent: 'yes' })
      .payment({ paidAt: '2026-02-27', amount: 200, currency: 'BRL', method: 'instant_payment' })
      .build(),
    expect: {
      urgency: 'soon',
      actions: ['request_pix_med'],
      noActions: ['call_bank_now'],
      flags: { moneySentRecently: false },
    },
  },
  {
    name: 'a payment written as a date only, yesterday, counts as within 72 hours',
    case: scenario()
      .country('CO')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes' })
      .payment({ paidAt: '2026-03-03', amount: 150000, currency: 'COP', method: 'bank_transfer' })
      .build(),
    expect: {
      urgency: 'urgent',
      firstActions: ['call_bank_now'],
      flags: { moneySentRecently: true, lastPaymentAt: '2026-03-03' },
    },
  },
  {
    name: 'an answer of "in the last 24 hours" given a week ago no longer counts as within 72 hours',
    case: scenario()
      .country('MX')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes', money_last_sent: 'last_24_hours' })
      .answeredAt('2026-02-25T10:00:00.000Z')
      .build(),
    expect: {
      urgency: 'soon',
      noActions: ['call_bank_now'],
      actions: ['tell_bank_about_fraud'],
      flags: { moneySentRecently: false },
    },
  },
  {
    name: 'dated payment records count over a "when" answer that does not match them',
    case: scenario()
      .country('MX')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes', money_last_sent: 'last_24_hours' })
      .payment({ paidAt: '2025-12-01', amount: 2000, currency: 'MXN', method: 'card' })
      .build(),
    expect: { urgency: 'soon', noActions: ['call_bank_now'], flags: { moneySentRecently: false } },
  },
  {
    name: 'a Bizum payment made 80 hours ago is past the 72-hour window',
    case: scenario()
      .country('ES')
      .answers({ incident_types: ['family_impersonation'], money_sent: 'yes' })
      .payment({
        paidAt: '2026-02-28T22:00:00Z',
        amount: 500,
        currency: 'EUR',
        method: 'instant_payment',
        scheme: 'bizum',
      })
      .build(),
    expect: {
      urgency: 'soon',
      noActions: ['call_bank_now'],
      actions: ['tell_bank_about_fraud'],
      flags: { moneySentRecently: false },
    },
  },
  {
    name: 'someone in the UK who sent bank transfers to a fake investment six months ago can still claim reimbursement within 13 months',
    case: scenario()
      .country('GB')
      .answers({
        ...safe,
        incident_types: ['investment_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_13_months',
      })
      .answers({
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['social_media'],
      })
      .payment({ paidAt: '2025-09-10', amount: 12_000, currency: 'GBP', method: 'bank_transfer' })
      .build(),
    expect: {
      urgency: 'soon',
      offences: ['unc_13'],
      // The claim is made to the bank: it already tells the bank about the fraud (tell_bank_about_fraud is not shown).
      actions: ['claim_uk_app_reimbursement', 'report_to_financial_regulator'],
      noActions: ['tell_bank_about_fraud'],
      referrals: ['financial_regulator_or_ombudsman'],
    },
  },
  {
    name: 'a UK resident who wired money abroad two days ago is told to ask for a recall, not the UK reimbursement scheme',
    case: scenario()
      .country('GB')
      .answers({ incident_types: ['romance_scam'], money_sent: 'yes', payments_authorised: 'i_made_them' })
      .payment({
        paidAt: '2026-03-02T09:00Z',
        amount: 4000,
        currency: 'GBP',
        method: 'international_wire',
        recipientCountry: 'TR',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      actions: ['request_swift_recall', 'call_bank_now'],
      noActions: ['claim_uk_app_reimbursement'],
    },
  },
  {
    name: 'an investor in Australia whose crypto was moved on through several wallets is told about the exchange; the laundering that follows is not an offence against them',
    case: scenario()
      .country('AU')
      .answers({
        ...safe,
        incident_types: ['investment_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_80_days',
      })
      .answers({
        payment_methods: ['bank_transfer', 'crypto'],
        money_moved_on: 'yes',
        contact_channels: ['social_media', 'messaging_app'],
      })
      .payment({
        paidAt: '2026-01-15',
        amount: 25_000,
        currency: 'AUD',
        method: 'bank_transfer',
        recipient: { exchange: 'an exchange' },
      })
      .payment({
        paidAt: '2026-01-16',
        amount: 0.4,
        currency: 'BTC',
        method: 'crypto',
        recipient: { walletAddress: 'bc1qexample' },
      })
      .build(),
    expect: {
      urgency: 'soon',
      offences: ['unc_13'],
      budapest: { unc_13: null },
      rights: MONEY_RIGHTS,
      actions: ['contact_crypto_exchange', 'report_to_financial_regulator', 'tell_bank_about_fraud'],
    },
  },
  {
    name: 'a Canadian who paid a "recovery lawyer" to get back earlier losses is warned never to pay recovery services',
    case: scenario()
      .country('CA')
      .answers({
        ...safe,
        incident_types: ['fund_recovery_scam'],
        recovery_claimed_to_be: 'lawyer',
        recovery_fee_paid: 'yes',
      })
      .answers({ contact_channels: ['email'] })
      .build(),
    expect: {
      urgency: 'routine',
      offences: ['unc_13'],
      actions: ['never_pay_recovery_services', 'report_to_financial_regulator', 'report_to_fraud_centre'],
      incidentTypes: ['fund_recovery_scam'],
    },
  },
  {
    name: 'someone in Portugal who gave MB WAY codes to a phishing text yesterday, and then saw payments they did not make',
    case: scenario()
      .country('PT')
      .answers({ ...safe, incident_types: ['phishing'], money_sent: 'yes', money_last_sent: 'last_24_hours' })
      .answers({
        payment_methods: ['payment_app'],
        payments_authorised: 'made_without_me',
        data_given: ['one_time_codes', 'card_details'],
      })
      .answers({ contact_channels: ['text_message'], accounts_controlled: 'dont_know' })
      .payment({
        paidAt: '2026-03-03T20:15',
        amount: 750,
        currency: 'EUR',
        method: 'payment_app',
        scheme: 'mb_way',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_11', 'unc_13'],
      budapest: { unc_11: 'ets185_6', unc_13: 'ets185_8' },
      notes: [],
      firstActions: ['call_bank_now'],
      actions: ['change_passwords_clean_device'],
    },
  },
  {
    name: 'a US resident with card charges they did not make after a phishing e-mail yesterday must report within 2 business days',
    case: scenario()
      .country('US')
      .answers({ incident_types: ['phishing'], money_sent: 'yes', money_last_sent: 'last_24_hours' })
      .answers({
        payment_methods: ['card'],
        payments_authorised: 'made_without_me',
        data_given: ['card_details'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      // Card numbers are not an access credential: no Art. 11 (issue #10).
      offences: ['unc_13'],
      firstActions: ['call_bank_now', 'report_unauthorised_us_transfer'],
    },
  },
  {
    name: 'a US card payment the person made themselves is not an unauthorised transfer',
    case: scenario()
      .country('US')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes', money_last_sent: 'last_24_hours' })
      .answers({ payment_methods: ['card'], payments_authorised: 'i_made_them' })
      .build(),
    expect: { urgency: 'urgent', noActions: ['report_unauthorised_us_transfer'], actions: ['call_bank_now'] },
  },
  {
    name: 'a job "task" scam paid in crypto two days ago goes to the exchange, not the bank',
    case: scenario()
      .country('PE')
      .answers({
        ...safe,
        incident_types: ['job_task_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_3_days',
      })
      .answers({ payment_methods: ['crypto'], contact_channels: ['messaging_app'] })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      firstActions: ['contact_crypto_exchange'],
      noActions: ['call_bank_now', 'tell_bank_about_fraud'],
    },
  },
  {
    name: 'an older man told by a fake "tax office" to buy gift cards yesterday is told to call the card issuer',
    case: scenario()
      .country('CA')
      .age('age_60_plus')
      .answers({
        incident_types: ['official_impersonation'],
        impersonated: ['government_or_tax'],
        money_sent: 'yes',
      })
      .answers({
        money_last_sent: 'last_24_hours',
        payment_methods: ['gift_card'],
        contact_channels: ['phone_call'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      firstActions: ['contact_gift_card_issuer'],
      noActions: ['call_bank_now'],
    },
  },
  {
    name: 'a grandmother who handed cash to a "police courier" yesterday is told to call the police now',
    case: scenario()
      .country('AR')
      .age('age_60_plus')
      .answers({ incident_types: ['official_impersonation'], impersonated: ['police'], money_sent: 'yes' })
      .answers({
        money_last_sent: 'last_24_hours',
        payment_methods: ['cash_or_courier'],
        contact_channels: ['phone_call'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      actions: ['report_to_police'],
      flags: { isOlderPerson: true },
    },
  },
  {
    name: 'someone who sent money through a transfer service two days ago is told to contact the service',
    case: scenario()
      .country('MX')
      .answers({ incident_types: ['romance_scam'], money_sent: 'yes', money_last_sent: 'last_3_days' })
      .answers({ payment_methods: ['money_transfer_service'] })
      .build(),
    expect: {
      urgency: 'urgent',
      actions: ['contact_money_transfer_service', 'talk_to_someone'],
      offences: ['unc_13'],
    },
  },
  {
    name: 'a romance scam victim still being asked for more money is told to stop paying now',
    case: scenario()
      .country('CL')
      .answers({ incident_types: ['romance_scam'], money_sent: 'yes', money_last_sent: 'longer_ago' })
      .answers({ still_in_contact: 'yes', more_money_requested: 'yes', payment_methods: ['bank_transfer'] })
      .build(),
    // More money asked for is not a recall deadline: "soon", with stopping payments first (issue #10).
    expect: { urgency: 'soon', firstActions: ['stop_paying'], offences: ['unc_13'] },
  },
  {
    name: 'a loss by bank transfer two years ago is routine, but the fraud is still an offence with rights attached',
    case: scenario()
      .country('ES')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes' })
      .payment({ paidAt: '2024-02-01', amount: 300, currency: 'EUR', method: 'bank_transfer' })
      .build(),
    expect: {
      urgency: 'routine',
      offences: ['unc_13'],
      rights: MONEY_RIGHTS,
      actions: ['tell_bank_about_fraud'],
    },
  },
  {
    name: 'someone who has already told the bank is pointed to the ombudsman if the bank refuses',
    case: scenario()
      .country('ES')
      .answers({
        incident_types: ['shopping_fraud'],
        money_sent: 'yes',
        reports_already_made: ['bank_or_payment_provider'],
      })
      .report('bank_or_payment_provider', 'REF-123')
      .build(),
    expect: {
      urgency: 'routine',
      actions: ['complain_to_ombudsman'],
      referrals: ['financial_regulator_or_ombudsman'],
      flags: { reportedTo: ['bank_or_payment_provider'] },
    },
  },
  {
    name: 'someone asked for money who did not pay is told the attempt is a matter for national law',
    case: scenario()
      .country('MX')
      .answers({ ...safe, incident_types: ['family_impersonation'], money_sent: 'asked_not_paid' })
      .build(),
    expect: {
      urgency: 'routine',
      offences: [],
      notes: ['attempt_national_law', 'no_convention_offence_identified'],
      rights: [],
      actions: ['report_to_fraud_centre'],
      // Nobody is using the person's accounts: their contacts are not being asked (issue #10).
      noActions: ['warn_contacts'],
    },
  },
  {
    name: 'a shopping scam paid in person, face to face, is not an online offence',
    case: scenario()
      .country('CL')
      .answers({ incident_types: ['shopping_fraud'], money_sent: 'yes', contact_channels: ['in_person'] })
      .build(),
    expect: { urgency: 'routine', offences: [], notes: ['no_convention_offence_identified'] },
  },
];

/** Every golden scenario. */
export function getAllScenarios(): readonly Scenario[] {
  return [...MONEY_SCENARIOS, ...SAFETY_SCENARIOS, ...ACCESS_SCENARIOS, ...JOURNEY_SCENARIOS];
}
