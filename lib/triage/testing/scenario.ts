/**
 * A small builder for test cases, so scenarios read like what happened:
 * scenario().country('ES').answer('money_sent', 'yes').payment({ amount: 800, method: 'instant_payment' }).build()
 * Test-only.
 */
import { createEmptyCase } from '../../case/case-file';
import type { ReferralKind, Urgency } from '../../case/codes';
import type { AgeGroup, Respondent } from '../../case/enums';
import type { AnswerValue, Case, Identifier, Payment, ReportMade } from '../../case/schema';
import type { ActionId, NoteCode, RightId, UncArticle } from '../codes';
import type { AssessmentFlags } from '../types';

const ID = '6b0f7c52-2a4e-4d1b-9a8e-3c5d7e9f1a2b';
/** Scenarios are answered a few minutes before they are assessed (NOW in ./scenarios.ts), unless `answeredAt` says. */
const ANSWERED_AT = '2026-03-04T09:55:00.000Z';

/** A golden scenario (./scenarios.ts): a case and what the engine must conclude about it. */
export type Scenario = {
  name: string;
  now?: string;
  case: Case;
  expect: {
    urgency: Urgency;
    offences?: readonly UncArticle[];
    budapest?: Partial<Record<UncArticle, string | null>>;
    notes?: readonly NoteCode[];
    rights?: readonly RightId[];
    firstActions?: readonly ActionId[];
    actions?: readonly ActionId[];
    noActions?: readonly ActionId[];
    firstReferral?: ReferralKind;
    referrals?: readonly ReferralKind[];
    incidentTypes?: readonly string[];
    flags?: Partial<AssessmentFlags>;
  };
};

type PaymentInput = Partial<Omit<Payment, 'id' | 'recipient'>> & {
  recipient?: Partial<Payment['recipient']>;
};

export type ScenarioBuilder = {
  country: (code: string) => ScenarioBuilder;
  age: (group: AgeGroup) => ScenarioBuilder;
  respondent: (who: Respondent) => ScenarioBuilder;
  answer: (questionId: string, value: AnswerValue) => ScenarioBuilder;
  answers: (pairs: Record<string, AnswerValue>) => ScenarioBuilder;
  payment: (input: PaymentInput) => ScenarioBuilder;
  identifier: (kind: Identifier['kind'], value: string) => ScenarioBuilder;
  report: (kind: ReportMade['kind'], reference?: string) => ScenarioBuilder;
  tick: (actionId: string, doneAt: string) => ScenarioBuilder;
  answeredAt: (iso: string) => ScenarioBuilder;
  build: () => Case;
};

/** Starts a scenario from an empty case. */
export function scenario(): ScenarioBuilder {
  let c: Case = {
    ...createEmptyCase({ id: ID, now: new Date('2026-01-01T00:00:00Z') }),
    updatedAt: ANSWERED_AT,
  };
  const next = (change: (current: Case) => Case): ScenarioBuilder => {
    c = change(c);
    return builder;
  };
  const builder: ScenarioBuilder = {
    country: (country) => next((x) => ({ ...x, country })),
    age: (ageGroup) => next((x) => ({ ...x, ageGroup })),
    respondent: (respondent) => next((x) => ({ ...x, respondent })),
    answer: (id, value) => next((x) => ({ ...x, answers: { ...x.answers, [id]: value } })),
    answers: (pairs) => next((x) => ({ ...x, answers: { ...x.answers, ...pairs } })),
    payment: (input) =>
      next((x) => ({
        ...x,
        payments: [
          ...x.payments,
          {
            id: `p${x.payments.length + 1}`,
            paidAt: null,
            amount: null,
            currency: null,
            method: null,
            scheme: null,
            ownBank: null,
            recipientCountry: null,
            transactionHash: null,
            reference: null,
            notes: null,
            ...input,
            recipient: {
              name: null,
              bank: null,
              account: null,
              walletAddress: null,
              exchange: null,
              ...input.recipient,
            },
          },
        ],
      })),
    identifier: (kind, value) =>
      next((x) => ({
        ...x,
        identifiers: [
          ...x.identifiers,
          { id: `i${x.identifiers.length + 1}`, kind, value, platform: null, notes: null },
        ],
      })),
    report: (kind, reference) =>
      next((x) => ({
        ...x,
        reportsMade: [
          ...x.reportsMade,
          {
            id: `r${x.reportsMade.length + 1}`,
            kind,
            organisation: null,
            date: null,
            reference: reference ?? null,
            notes: null,
          },
        ],
      })),
    tick: (actionId, doneAt) => next((x) => ({ ...x, checklist: [...x.checklist, { actionId, doneAt }] })),
    answeredAt: (updatedAt) => next((x) => ({ ...x, updatedAt })),
    build: () => c,
  };
  return builder;
}
