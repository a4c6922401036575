/** What happened (several may apply), how it started, and follow-up questions for each kind of incident. */
import {
  CONTACT_CHANNELS,
  CONTACT_INCIDENTS,
  DEMAND_KINDS,
  IMAGES_MADE,
  INCIDENT_TYPES,
  YES_NO_DONT_KNOW,
  YES_NO_DONT_KNOW_PREFER_NOT,
} from '../options';
import type { Step } from '../types';

export const WHAT_HAPPENED_STEPS = [
  {
    id: 'what_happened',
    section: 'what_happened',
    questions: [
      {
        id: 'incident_types',
        kind: 'multi_choice',
        options: [...INCIDENT_TYPES, 'something_else', 'dont_know'],
        exclusiveOptions: ['dont_know'],
        required: true,
        hint: true,
      },
    ],
  },
] as const satisfies readonly Step[];

const CONTACT_BASED = {
  question: 'incident_types',
  includesAny: [...CONTACT_INCIDENTS, 'something_else', 'dont_know'],
} as const;

export const CONTACT_STEPS = [
  {
    id: 'contact_how',
    section: 'contact',
    showIf: CONTACT_BASED,
    questions: [
      {
        id: 'contact_start',
        kind: 'single_choice',
        options: [
          'they_messaged_me',
          'wrong_number_message',
          'they_called_me',
          'dating_match',
          'ad_or_post',
          'i_searched_online',
          'introduced_by_someone',
          'other',
          'dont_know',
        ],
      },
      {
        id: 'contact_channels',
        kind: 'multi_choice',
        options: CONTACT_CHANNELS,
        exclusiveOptions: ['dont_know'],
      },
      { id: 'contact_platform', kind: 'free_text', maxLength: 200, hint: true },
    ],
  },
  {
    id: 'contact_when',
    section: 'contact',
    showIf: CONTACT_BASED,
    questions: [
      { id: 'first_contact_date', kind: 'date', options: ['dont_know'] },
      { id: 'last_contact_date', kind: 'date', options: ['dont_know'] },
      { id: 'still_in_contact', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      { id: 'more_money_requested', kind: 'yes_no', options: YES_NO_DONT_KNOW },
    ],
  },
] as const satisfies readonly Step[];

export const INCIDENT_DETAIL_STEPS = [
  {
    id: 'impersonation_details',
    section: 'details',
    showIf: {
      question: 'incident_types',
      includesAny: ['phishing', 'official_impersonation', 'family_impersonation', 'tech_support_scam'],
    },
    questions: [
      {
        id: 'impersonated',
        kind: 'multi_choice',
        options: [
          'bank',
          'police',
          'government_or_tax',
          'delivery_company',
          'tech_company',
          'family_member_or_friend',
          'employer_or_recruiter',
          'well_known_company',
          'other',
          'dont_know',
        ],
        exclusiveOptions: ['dont_know'],
      },
    ],
  },
  {
    id: 'threat_details',
    section: 'details',
    showIf: {
      any: [
        { question: 'intimate_image_threat', is: 'yes' },
        { question: 'incident_types', includesAny: ['sextortion', 'intimate_images_shared', 'harassment'] },
      ],
    },
    questions: [
      { id: 'threat_ongoing', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      {
        // Threats with a demand are extortion; threats without one are harassment (issue #10).
        id: 'demand_kinds',
        kind: 'multi_choice',
        options: DEMAND_KINDS,
        exclusiveOptions: ['nothing_asked', 'dont_know'],
      },
      {
        id: 'images_shared_already',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW_PREFER_NOT,
        sensitive: true,
        whyWeAsk: true,
      },
      {
        // Images made or altered (a "deepfake") are not a private recording of the person: the Convention's Art. 16
        // does not cover them, though removal services and many national laws do (issue #10, point 5).
        id: 'images_made',
        kind: 'single_choice',
        showIf: {
          any: [
            { question: 'images_shared_already', is: 'yes' },
            { question: 'intimate_image_threat', is: 'yes' },
          ],
        },
        options: IMAGES_MADE,
        sensitive: true,
        whyWeAsk: true,
      },
      { id: 'threat_of_violence', kind: 'yes_no', options: YES_NO_DONT_KNOW },
      { id: 'threatened_for_reporting', kind: 'yes_no', options: YES_NO_DONT_KNOW, whyWeAsk: true },
      {
        id: 'harassment_kinds',
        kind: 'multi_choice',
        showIf: { question: 'incident_types', includes: 'harassment' },
        options: [
          'threats',
          'insults_or_humiliation',
          'hate_against_group',
          'stalking_or_monitoring',
          'fake_profile_of_me',
          'personal_details_posted',
          'other',
          'dont_know',
        ],
        exclusiveOptions: ['dont_know'],
      },
    ],
  },
  {
    id: 'who_did_it',
    section: 'details',
    showIf: {
      any: [
        { question: 'intimate_image_threat', is: 'yes' },
        {
          question: 'incident_types',
          includesAny: ['sextortion', 'intimate_images_shared', 'harassment', 'child_sexual_abuse'],
        },
      ],
    },
    questions: [
      {
        // A partner or ex-partner changes the safety plan (domestic-abuse services, spyware that must not be
        // removed before a plan); another young person changes the route (school, youth justice).
        id: 'perpetrator_relationship',
        kind: 'single_choice',
        sensitive: true,
        whyWeAsk: true,
        options: [
          'current_partner',
          'former_partner',
          'family_member',
          'someone_known',
          'another_young_person',
          'stranger',
          'dont_know',
          'prefer_not_to_say',
        ],
      },
    ],
  },
  {
    id: 'child_details',
    section: 'details',
    showIf: {
      any: [
        { question: 'child_at_risk', is: 'yes' },
        { question: 'incident_types', includes: 'child_sexual_abuse' },
        {
          all: [
            { question: 'age_group', is: 'under_18' },
            { question: 'incident_types', includesAny: ['sextortion', 'intimate_images_shared'] },
          ],
        },
      ],
    },
    questions: [
      {
        id: 'child_relationship',
        kind: 'single_choice',
        options: [
          'i_am_under_18',
          'my_child_or_family',
          'child_i_know',
          'child_i_dont_know',
          'prefer_not_to_say',
        ],
      },
      {
        id: 'child_harm_kinds',
        kind: 'multi_choice',
        sensitive: true,
        whyWeAsk: true,
        options: [
          'sexual_messages',
          'asked_for_images',
          'images_shared',
          'wants_to_meet',
          'threats',
          'money_demanded',
          'other',
          'dont_know',
          'prefer_not_to_say',
        ],
        exclusiveOptions: ['dont_know', 'prefer_not_to_say'],
      },
      { id: 'child_contact_ongoing', kind: 'yes_no', options: YES_NO_DONT_KNOW },
    ],
  },
] as const satisfies readonly Step[];
