/**
 * Money comes early: for someone who sent money yesterday, "call your bank now" must show within the first screens.
 * The payment records (step `payments`) come later in the same section order.
 */
import { PAYMENT_METHODS } from '../../case/enums';
import { MONEY_LAST_SENT } from '../options';
import type { Condition, Step } from '../types';

const MONEY_SENT: Condition = { question: 'money_sent', is: 'yes' };

export const MONEY_STEPS = [
  {
    id: 'money_sent',
    section: 'money',
    questions: [
      {
        id: 'money_sent',
        kind: 'single_choice',
        options: ['yes', 'asked_not_paid', 'no', 'dont_know', 'prefer_not_to_say'],
        required: true,
        hint: true,
      },
      { id: 'money_last_sent', kind: 'single_choice', options: MONEY_LAST_SENT, showIf: MONEY_SENT },
    ],
  },
  {
    id: 'money_how',
    section: 'money',
    showIf: MONEY_SENT,
    questions: [
      {
        id: 'payment_methods',
        kind: 'multi_choice',
        options: PAYMENT_METHODS,
        exclusiveOptions: ['dont_know'],
      },
      {
        id: 'payments_authorised',
        kind: 'single_choice',
        options: ['i_made_them', 'made_without_me', 'both', 'dont_know'],
        whyWeAsk: true,
      },
    ],
  },
] as const satisfies readonly Step[];

export const PAYMENT_RECORD_STEPS = [
  {
    id: 'payment_records',
    section: 'money',
    showIf: MONEY_SENT,
    questions: [
      { id: 'payments', kind: 'records', records: 'payments', hint: true },
      { id: 'money_moved_on', kind: 'yes_no', options: ['yes', 'no', 'dont_know'], hint: true },
    ],
  },
] as const satisfies readonly Step[];
