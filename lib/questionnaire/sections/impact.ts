/**
 * What the person gave away and what is still in someone else's hands; device and business incidents; identity
 * misuse; being used to move money; "fund recovery" offers.
 */
import { DATA_GIVEN, YES_NO_DONT_KNOW, YES_NO_PREFER_NOT } from '../options';
import type { Step } from '../types';

export const ACCESS_STEPS = [
  {
    id: 'data_given',
    section: 'access',
    questions: [
      {
        id: 'data_given',
        kind: 'multi_choice',
        options: DATA_GIVEN,
        exclusiveOptions: ['none', 'dont_know'],
        sensitive: true,
        hint: true,
        whyWeAsk: true,
      },
    ],
  },
  {
    id: 'access_now',
    section: 'access',
    showIf: {
      any: [
        {
          question: 'data_given',
          includesAny: ['passwords', 'one_time_codes', 'bank_login', 'remote_access'],
        },
        {
          question: 'incident_types',
          includesAny: ['account_takeover', 'tech_support_scam', 'malware_ransomware_breach', 'phishing'],
        },
      ],
    },
    questions: [
      {
        id: 'remote_access_installed',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        hint: true,
        showIf: {
          any: [
            { question: 'data_given', includes: 'remote_access' },
            { question: 'incident_types', includes: 'tech_support_scam' },
          ],
        },
      },
      { id: 'accounts_controlled', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      {
        // The impostor asking the person's contacts for money makes them victims too: warn them now.
        id: 'contacts_asked_for_money',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        showIf: {
          any: [
            { question: 'incident_types', includes: 'account_takeover' },
            { question: 'accounts_controlled', is: 'yes' },
          ],
        },
      },
      {
        // Locked out: "change your password" cannot work; the service's own recovery for hacked accounts can.
        id: 'account_details_changed',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        showIf: {
          any: [
            { question: 'incident_types', includes: 'account_takeover' },
            { question: 'accounts_controlled', is: 'yes' },
          ],
        },
      },
      {
        id: 'affected_accounts',
        kind: 'multi_choice',
        options: [
          'email',
          'social_media',
          'messaging',
          'bank_or_payment',
          'shopping',
          'work',
          'phone_number',
          'other',
          'dont_know',
        ],
        exclusiveOptions: ['dont_know'],
      },
    ],
  },
] as const satisfies readonly Step[];

export const OTHER_IMPACT_STEPS = [
  {
    id: 'device_incident',
    section: 'details',
    showIf: { question: 'incident_types', includesAny: ['malware_ransomware_breach', 'ddos'] },
    questions: [
      {
        id: 'systems_affected',
        kind: 'single_choice',
        options: ['personal', 'business_or_organisation', 'both', 'dont_know'],
      },
      {
        id: 'device_harm',
        kind: 'multi_choice',
        options: [
          'files_locked_ransom',
          'data_stolen',
          'data_deleted_or_changed',
          'service_down_or_slow',
          'messages_intercepted',
          'unknown_programs',
          'other',
          'dont_know',
        ],
        exclusiveOptions: ['dont_know'],
      },
      { id: 'attack_ongoing', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      // A demand to stop an attack, unlock files or not publish data is extortion.
      { id: 'attack_demand', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      {
        // Other people's personal data exposed: an organisation may have to tell the data protection authority.
        id: 'others_data_exposed',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        showIf: {
          any: [
            { question: 'device_harm', includes: 'data_stolen' },
            { question: 'systems_affected', in: ['business_or_organisation', 'both'] },
          ],
        },
      },
    ],
  },
  {
    id: 'identity_details',
    section: 'details',
    showIf: { question: 'incident_types', includes: 'identity_theft' },
    questions: [
      {
        id: 'identity_misuse',
        kind: 'multi_choice',
        options: [
          'bank_account_opened',
          'loan_or_credit',
          'phone_contract',
          'benefits_or_tax',
          'purchases',
          'fake_documents',
          'fake_profile',
          'other',
          'dont_know',
        ],
        exclusiveOptions: ['dont_know'],
      },
    ],
  },
  {
    id: 'money_mule_details',
    section: 'details',
    showIf: { question: 'incident_types', includes: 'money_mule' },
    questions: [
      {
        id: 'mule_received_money',
        kind: 'yes_no',
        options: YES_NO_PREFER_NOT,
        sensitive: true,
        whyWeAsk: true,
      },
      { id: 'mule_still_asked', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      {
        // A frozen account is the bank acting on it: legal advice before answering, and nothing moved meanwhile.
        id: 'mule_account_frozen',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        sensitive: true,
        whyWeAsk: true,
      },
    ],
  },
  {
    id: 'investment_details',
    section: 'details',
    showIf: { question: 'incident_types', includes: 'investment_scam' },
    questions: [
      {
        // A broker, an investment firm or adviser, or a copy of an authorised firm (a "clone firm"): these need the
        // financial regulator's licence, and its warning list is for them (docs/sources.md, "Triage guidance",
        // "Financial regulators and firms that pose as authorised").
        id: 'claimed_authorised_firm',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        hint: true,
      },
    ],
  },
  {
    id: 'recovery_details',
    section: 'details',
    showIf: { question: 'incident_types', includes: 'fund_recovery_scam' },
    questions: [
      {
        id: 'recovery_claimed_to_be',
        kind: 'single_choice',
        options: [
          'lawyer',
          'government_or_police',
          'recovery_company',
          'hacker_or_tracer',
          'other',
          'dont_know',
        ],
      },
      { id: 'recovery_fee_paid', kind: 'yes_no', options: ['yes', 'no', 'prefer_not_to_say'] },
      {
        // A "recovery" offer from someone new, who came after the first scam, is a second scam: the money questions
        // then describe the first loss, and the fee is a new demand (issue #10).
        id: 'recovery_offer_from',
        kind: 'single_choice',
        options: ['someone_new_later', 'same_people', 'dont_know'],
      },
    ],
  },
] as const satisfies readonly Step[];
