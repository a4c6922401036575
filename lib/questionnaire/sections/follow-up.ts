/** The other party, evidence, reports already made, the support wanted, own contacts and the person's account. */
import { SUPPORT_WANTED } from '../options';
import type { Step } from '../types';

export const FOLLOW_UP_STEPS = [
  {
    id: 'other_party',
    section: 'other_party',
    questions: [
      { id: 'other_party_country', kind: 'country', options: ['other', 'dont_know'], hint: true },
      { id: 'identifiers', kind: 'records', records: 'identifiers', hint: true },
    ],
  },
  {
    id: 'evidence',
    section: 'evidence',
    questions: [
      {
        id: 'evidence_kept',
        kind: 'multi_choice',
        options: [
          'messages',
          'screenshots',
          'emails',
          'receipts_or_statements',
          'call_log',
          'photos_or_videos',
          'web_pages',
          'nothing_yet',
          'dont_know',
        ],
        exclusiveOptions: ['nothing_yet', 'dont_know'],
        hint: true,
      },
      { id: 'evidence_items', kind: 'records', records: 'evidence', hint: true },
    ],
  },
  {
    id: 'reports',
    section: 'reports',
    questions: [
      {
        id: 'reports_already_made',
        kind: 'multi_choice',
        options: [
          'bank_or_payment_provider',
          'police',
          'fraud_reporting_centre',
          'platform',
          'regulator',
          'victim_support',
          'other',
          'none',
          'dont_know',
        ],
        exclusiveOptions: ['none', 'dont_know'],
      },
      {
        id: 'reports_made',
        kind: 'records',
        records: 'reports_made',
        showIf: {
          question: 'reports_already_made',
          includesAny: [
            'bank_or_payment_provider',
            'police',
            'fraud_reporting_centre',
            'platform',
            'regulator',
            'victim_support',
            'other',
          ],
        },
      },
    ],
  },
  {
    id: 'support',
    section: 'support',
    questions: [
      {
        id: 'support_wanted',
        kind: 'multi_choice',
        options: SUPPORT_WANTED,
        exclusiveOptions: ['nothing_now'],
      },
    ],
  },
  {
    id: 'own_contacts',
    section: 'support',
    questions: [{ id: 'own_contacts', kind: 'records', records: 'own_contacts', hint: true }],
  },
  {
    id: 'your_account',
    section: 'your_account',
    questions: [{ id: 'account', kind: 'account', hint: true }],
  },
] as const satisfies readonly Step[];
