/**
 * fast-check arbitraries for cases: random answers to the questionnaire (valid or odd, for robustness tests) and
 * random valid cases with records (for round-trip tests). Test-only.
 */
import fc from 'fast-check';

import { getAllQuestions } from '../definition';
import type { Question } from '../types';
import { DIRECTORY_COUNTRIES, OTHER_COUNTRY, REFERRAL_KINDS } from '../../case/codes';
import {
  AGE_GROUPS,
  EVIDENCE_KINDS,
  FOLLOW_UP_SOURCES,
  IDENTIFIER_KINDS,
  PAYMENT_METHODS,
  PAYMENT_SCHEMES,
  REFERRAL_STATUSES,
  RESPONDENTS,
} from '../../case/enums';
import { CASE_SCHEMA_VERSION } from '../../case/schema';
import type {
  AnswerValue,
  Case,
  EvidenceItem,
  Identifier,
  OwnContact,
  Payment,
  ReportMade,
} from '../../case/schema';

const COUNTRIES = [...DIRECTORY_COUNTRIES, 'NG', 'KH', OTHER_COUNTRY];
const TIME_MIN = new Date('2020-01-01T00:00:00Z');
const TIME_MAX = new Date('2027-12-31T23:59:59Z');

const instant = fc.date({ min: TIME_MIN, max: TIME_MAX, noInvalidDate: true });
const isoDateTime = instant.map((d) => d.toISOString());
/** A date, a local date and time, or a full ISO date and time, as the case file allows. */
const dateOrDateTime = fc
  .tuple(instant, fc.integer({ min: 0, max: 2 }))
  .map(([d, form]) =>
    form === 0 ? d.toISOString().slice(0, 10) : form === 1 ? d.toISOString().slice(0, 16) : d.toISOString(),
  );
const shortText = (max: number) => fc.string({ maxLength: max });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const recordId = fc
  .tuple(fc.constantFrom('p', 'r', 'x-', 'ID_'), fc.nat(99_999))
  .map(([prefix, n]) => `${prefix}${n}`);
const hex64 = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));

/** A valid answer to one question, given its kind. */
export function validAnswerArbitrary(question: Question): fc.Arbitrary<AnswerValue> | null {
  switch (question.kind) {
    case 'single_choice':
    case 'yes_no':
      return fc.constantFrom(...question.options);
    case 'multi_choice': {
      const exclusive = question.exclusiveOptions ?? [];
      const free = question.options.filter((o) => !exclusive.includes(o));
      return fc.oneof(
        { arbitrary: fc.subarray([...free], { minLength: 1 }), weight: 4 },
        { arbitrary: fc.constantFrom(...exclusive.map((o) => [o])), weight: exclusive.length > 0 ? 1 : 0 },
      );
    }
    case 'date':
      return fc.oneof(
        fc.constantFrom(...question.options),
        instant.map((d) => d.toISOString().slice(0, 10)),
      );
    case 'country':
      return fc.constantFrom(...COUNTRIES.filter((c) => c !== 'other'), ...question.options);
    case 'free_text':
      return shortText(Math.min(question.maxLength, 40));
    default:
      return null;
  }
}

/** Any answer value at all, including ones that do not fit the question (robustness). */
const oddAnswer: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
  fc.constantFrom('yes', 'no', 'dont_know', 'prefer_not_to_say', ''),
);

type AnswerMap = Record<string, AnswerValue>;

/** Random answers to a random subset of questions; `oddness` is the share of answers that ignore the question. */
export function answersArbitrary(oddness = 0.1): fc.Arbitrary<AnswerMap> {
  const entries = getAllQuestions()
    .filter((q) => q.kind !== 'records' && q.kind !== 'account' && !('field' in q && q.field))
    .map((q) => {
      const valid = validAnswerArbitrary(q) ?? oddAnswer;
      const value = fc.oneof(
        { arbitrary: valid, weight: Math.round((1 - oddness) * 100) },
        {
          arbitrary: oddAnswer,
          weight: Math.max(1, Math.round(oddness * 100)),
        },
      );
      return [q.id, fc.option(value, { nil: undefined, freq: 2 })] as const;
    });
  return fc.tuple(...entries.map(([id, arb]) => arb.map((v) => [id, v] as const))).map((pairs) => {
    const answers: AnswerMap = {};
    for (const [id, value] of pairs) if (value !== undefined) answers[id] = value;
    return answers;
  });
}

const payment: fc.Arbitrary<Omit<Payment, 'id'>> = fc.record({
  paidAt: nullable(dateOrDateTime),
  amount: nullable(fc.integer({ min: 0, max: 5_000_000_00 }).map((cents) => cents / 100)),
  currency: nullable(fc.constantFrom('USD', 'EUR', 'BRL', 'GBP', 'MXN', 'AUD', 'CAD', 'BTC', 'USDT')),
  method: nullable(fc.constantFrom(...PAYMENT_METHODS)),
  scheme: nullable(fc.constantFrom(...PAYMENT_SCHEMES)),
  ownBank: nullable(shortText(30)),
  recipient: fc.record({
    name: nullable(shortText(30)),
    bank: nullable(shortText(30)),
    account: nullable(shortText(30)),
    walletAddress: nullable(shortText(40)),
    exchange: nullable(shortText(20)),
  }),
  recipientCountry: nullable(fc.constantFrom(...COUNTRIES)),
  transactionHash: nullable(hex64),
  reference: nullable(shortText(20)),
  notes: nullable(shortText(60)),
});

const identifier: fc.Arbitrary<Omit<Identifier, 'id'>> = fc.record({
  kind: fc.constantFrom(...IDENTIFIER_KINDS),
  value: fc.string({ minLength: 1, maxLength: 40 }),
  platform: nullable(shortText(20)),
  notes: nullable(shortText(40)),
});

const evidence: fc.Arbitrary<Omit<EvidenceItem, 'id'>> = fc.record({
  kind: fc.constantFrom(...EVIDENCE_KINDS),
  description: shortText(60),
  madeAt: nullable(dateOrDateTime),
  fileName: nullable(shortText(30)),
  mimeType: nullable(fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/plain')),
  sizeBytes: nullable(fc.integer({ min: 0, max: 50_000_000 })),
  sha256: nullable(hex64),
});

const report: fc.Arbitrary<Omit<ReportMade, 'id'>> = fc.record({
  kind: fc.constantFrom(...REFERRAL_KINDS, 'other' as const),
  organisation: nullable(shortText(30)),
  date: nullable(dateOrDateTime),
  reference: nullable(shortText(20)),
  notes: nullable(shortText(40)),
});

const ownContact: fc.Arbitrary<Omit<OwnContact, 'id'>> = fc.record(
  {
    kind: fc.constantFrom(...REFERRAL_KINDS),
    name: fc.string({ minLength: 1, maxLength: 30 }),
    phone: shortText(20),
    url: shortText(40),
    notes: shortText(40),
  },
  { requiredKeys: ['kind', 'name'] },
);

const followUp = fc.record({
  source: fc.constantFrom(...FOLLOW_UP_SOURCES),
  targetId: recordId,
  kind: fc.constantFrom(...REFERRAL_KINDS, 'other' as const),
  status: fc.constantFrom(...REFERRAL_STATUSES),
  contactedOn: nullable(dateOrDateTime),
  reportFiledOn: nullable(dateOrDateTime),
  acknowledgedOn: nullable(dateOrDateTime),
  closedOn: nullable(dateOrDateTime),
  reference: nullable(shortText(20)),
  notes: nullable(shortText(60)),
});

function withIds<T>(arb: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<Array<T & { id: string }>> {
  return fc
    .uniqueArray(fc.tuple(recordId, arb), { maxLength, selector: ([id]) => id })
    .map((items) => items.map(([id, item]) => ({ id, ...item })));
}

/** A random valid case: answers, profile and records. */
export function caseArbitrary({ maxRecords = 4, oddness = 0.1 } = {}): fc.Arbitrary<Case> {
  return fc
    .record({
      id: fc.uuid({ version: 4 }),
      createdAt: isoDateTime,
      updatedAt: isoDateTime,
      title: fc.option(shortText(40), { nil: undefined }),
      language: nullable(fc.constantFrom('en', 'es', 'pt') satisfies fc.Arbitrary<'en' | 'es' | 'pt'>),
      respondent: nullable(fc.constantFrom(...RESPONDENTS)),
      country: nullable(fc.constantFrom(...COUNTRIES)),
      ageGroup: nullable(fc.constantFrom(...AGE_GROUPS)),
      answers: answersArbitrary(oddness),
      answeredAt: fc.dictionary(
        fc.constantFrom('money_last_sent', 'in_danger_now', 'country_of_x'),
        isoDateTime,
        {
          maxKeys: 3,
        },
      ),
      payments: withIds(payment, maxRecords),
      identifiers: withIds(identifier, maxRecords),
      evidence: withIds(evidence, maxRecords),
      reportsMade: withIds(report, maxRecords),
      account: shortText(200),
      ownContacts: withIds(ownContact, maxRecords),
      checklist: fc
        .uniqueArray(
          fc.tuple(
            fc.constantFrom('call_bank_now', 'keep_evidence', 'stop_paying', 'future_action'),
            isoDateTime,
          ),
          {
            maxLength: maxRecords,
            selector: ([actionId]) => actionId,
          },
        )
        .map((entries) => entries.map(([actionId, doneAt]) => ({ actionId, doneAt }))),
      followUps: fc.uniqueArray(followUp, {
        maxLength: maxRecords,
        selector: (f) => `${f.source}:${f.targetId}`,
      }),
      followUpOn: nullable(dateOrDateTime),
      closedOn: nullable(dateOrDateTime),
    })
    .map(({ title, ...rest }) => ({
      schemaVersion: CASE_SCHEMA_VERSION,
      definitionVersion: 1,
      ...(title === undefined ? {} : { title }),
      ...rest,
    }));
}
