/**
 * The case model: what one person (or a volunteer helping them) has told us, as zod schemas. TypeScript types are
 * inferred from the schemas, and docs/case-file.schema.json is generated from `CaseSchema`
 * (scripts/generate-case-schema.ts). Change a field only together with CASE_SCHEMA_VERSION and a migration in
 * ./migrations.ts.
 */
import * as z from 'zod';

// Must stay the first import that builds schemas: see the module's comment.
import './zod-setup';

import { LOCALES } from '../i18n/config';
import { DEFINITION_VERSION } from './definition-version';
import { OTHER_COUNTRY, REFERRAL_KINDS } from './codes';
import {
  AGE_GROUPS,
  EVIDENCE_KINDS,
  FOLLOW_UP_SOURCES,
  IDENTIFIER_KINDS,
  OTHER_REPORT_KIND,
  PAYMENT_METHODS,
  PAYMENT_SCHEMES,
  REFERRAL_STATUSES,
  RESPONDENTS,
} from './enums';

/** The version of the case file this code writes. Older versions are migrated on reading. */
export const CASE_SCHEMA_VERSION = 5;

const SNAKE_ID = /^[a-z][a-z0-9_]*$/;
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const COUNTRY = new RegExp(`^([A-Z]{2}|${OTHER_COUNTRY})$`);
const CURRENCY = /^[A-Z][A-Z0-9]{1,9}$/;
const SHA256 = /^[a-f0-9]{64}$/;
const MIME_TYPE = /^[a-z0-9.+-]+\/[a-zA-Z0-9.+-]+$/;
const DATE_OR_DATETIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

const recordId = z.string().regex(RECORD_ID, { error: 'bad_id' });
const snakeId = z.string().regex(SNAKE_ID, { error: 'bad_snake_id' });
const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'bad_date_time',
});
/** A date (2026-03-01) or a date and time, with or without a time zone (2026-03-01T14:30, 2026-03-01T14:30Z). */
const dateOrDateTime = z
  .string()
  .regex(DATE_OR_DATETIME, {
    error: 'bad_date',
  })
  .refine(isCalendarDate, { error: 'not_a_real_date' });
const country = z.string().regex(COUNTRY, { error: 'bad_country' });
const text = (max: number) => z.string({ error: 'expected_text' }).max(max);
const nullableText = (max: number) => text(max).nullable().default(null);

/** One answer: an option id, a date, a country code or free text; or a list of option ids for multiple choice. */
export const AnswerValueSchema = z.union([text(5000), z.array(text(100)).max(60)], {
  error: 'expected_text_or_list',
});

/** Where the money went. Every field is optional: people often know only part of it. */
export const RecipientSchema = z.strictObject({
  name: nullableText(200),
  bank: nullableText(200),
  /** Account number, IBAN, CLABE, Pix key, phone number used for Bizum or MB WAY, card number of a gift card... */
  account: nullableText(200),
  walletAddress: nullableText(200),
  exchange: nullableText(200),
});

const EMPTY_RECIPIENT = { name: null, bank: null, account: null, walletAddress: null, exchange: null };

/** One payment the person made (or that was taken from them). */
export const PaymentSchema = z.strictObject({
  id: recordId,
  paidAt: dateOrDateTime.nullable().default(null),
  amount: z
    .number({ error: 'expected_number' })
    .nonnegative({ error: 'negative' })
    .max(1e12, { error: 'too_large' })
    .nullable()
    .default(null),
  /** ISO 4217 (EUR, BRL) or a crypto asset (BTC, USDT). */
  currency: z.string().regex(CURRENCY, { error: 'bad_currency' }).nullable().default(null),
  method: z.enum(PAYMENT_METHODS).nullable().default(null),
  scheme: z.enum(PAYMENT_SCHEMES).nullable().default(null),
  /** The person's own bank or card issuer, which they will call. */
  ownBank: nullableText(200),
  recipient: RecipientSchema.default(EMPTY_RECIPIENT),
  /** Where the money went, when known (ISO code or "other"). */
  recipientCountry: country.nullable().default(null),
  transactionHash: nullableText(200),
  reference: nullableText(200),
  notes: nullableText(2000),
});

/** Something that identifies the other party: a name they used, a phone number, a wallet address... */
export const IdentifierSchema = z.strictObject({
  id: recordId,
  kind: z.enum(IDENTIFIER_KINDS),
  value: text(2000).min(1, { error: 'empty' }),
  /** Where it was seen (app, site or platform), when that helps. */
  platform: nullableText(200),
  notes: nullableText(2000),
});

/** A piece of evidence. The file itself is stored elsewhere (by evidence id); this is its description. */
export const EvidenceItemSchema = z.strictObject({
  id: recordId,
  kind: z.enum(EVIDENCE_KINDS),
  description: text(2000).default(''),
  /** When the screenshot, message or document was made (not when it was added here). */
  madeAt: dateOrDateTime.nullable().default(null),
  fileName: nullableText(300),
  mimeType: z.string().regex(MIME_TYPE, { error: 'bad_file_type' }).nullable().default(null),
  sizeBytes: z
    .number({ error: 'expected_number' })
    .int({ error: 'expected_whole_number' })
    .nonnegative({ error: 'negative' })
    .nullable()
    .default(null),
  sha256: z.string().regex(SHA256, { error: 'bad_sha256' }).nullable().default(null),
});

/** A report the person has already made, with the reference number they were given. */
export const ReportMadeSchema = z.strictObject({
  id: recordId,
  kind: z.enum([...REFERRAL_KINDS, OTHER_REPORT_KIND]),
  organisation: nullableText(200),
  date: dateOrDateTime.nullable().default(null),
  reference: nullableText(200),
  notes: nullableText(2000),
});

/** A contact the person adds themselves (their bank's fraud line, a lawyer, a support group). */
export const OwnContactSchema = z.strictObject({
  id: recordId,
  kind: z.enum(REFERRAL_KINDS),
  name: text(200).min(1, { error: 'empty' }),
  phone: text(50).optional(),
  url: text(2000).optional(),
  notes: text(2000).optional(),
});

/** An action from the assessment that the person ticked as done. */
export const ChecklistEntrySchema = z.strictObject({
  actionId: snakeId,
  doneAt: isoDateTime,
});

/**
 * One referral followed through (version 5): where it stands, when each step happened, the reference number the
 * organisation gave, and the volunteer's notes. Notes stay out of the referral pack unless the pack asks for them.
 */
export const ReferralFollowUpSchema = z.strictObject({
  source: z.enum(FOLLOW_UP_SOURCES),
  /** The directory entry id, the own contact's id, or the id of the report already made. */
  targetId: recordId,
  /** The kind of help it is (the directory's, the contact's, or the report's kind). */
  kind: z.enum([...REFERRAL_KINDS, OTHER_REPORT_KIND]),
  status: z.enum(REFERRAL_STATUSES).default('not_contacted'),
  contactedOn: dateOrDateTime.nullable().default(null),
  reportFiledOn: dateOrDateTime.nullable().default(null),
  acknowledgedOn: dateOrDateTime.nullable().default(null),
  closedOn: dateOrDateTime.nullable().default(null),
  reference: nullableText(200),
  notes: nullableText(5000),
});

/** One case: the unit that is saved, locked, exported and imported. */
export const CaseSchema = z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION, { error: 'bad_version' }),
    /** A random UUID made by the caller (crypto.randomUUID()). */
    id: z.uuid({ error: 'bad_uuid' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** A label a volunteer gives the case in their workspace. Never shown in page titles. */
    title: text(200).optional(),
    /** The language the case was answered in. */
    language: z.enum(LOCALES).nullable().default(null),
    /** The questionnaire version the answers were given with (lib/case/definition-version.ts). */
    definitionVersion: z.number().int().positive().default(DEFINITION_VERSION),
    respondent: z.enum(RESPONDENTS).nullable().default(null),
    /** Country of residence of the person harmed: ISO 3166-1 alpha-2, or "other" when unsure. */
    country: country.nullable().default(null),
    ageGroup: z.enum(AGE_GROUPS).nullable().default(null),
    /** Answers by question id (see lib/questionnaire). Profile questions live in the fields above. */
    answers: z.record(snakeId, AnswerValueSchema).default({}),
    /**
     * When each answer in `answers` was last given (version 3). Time-bound answers such as "when did money last go
     * out" are read as of this moment, so editing the case later does not move their deadlines.
     */
    answeredAt: z.record(snakeId, isoDateTime).default({}),
    payments: z.array(PaymentSchema).max(2000).default([]),
    identifiers: z.array(IdentifierSchema).max(2000).default([]),
    evidence: z.array(EvidenceItemSchema).max(2000).default([]),
    reportsMade: z.array(ReportMadeSchema).max(500).default([]),
    /** What happened, in the person's own words. */
    account: text(100_000).default(''),
    ownContacts: z.array(OwnContactSchema).max(500).default([]),
    checklist: z.array(ChecklistEntrySchema).max(1000).default([]),
    /** The referrals followed through (version 5), one per directory entry, own contact or report made. */
    followUps: z.array(ReferralFollowUpSchema).max(500).default([]),
    /** The day the case should next be looked at (version 5). */
    followUpOn: dateOrDateTime.nullable().default(null),
    /** When the volunteer closed the case (version 5); null while it is open. */
    closedOn: dateOrDateTime.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const keyed = {
      payments: c.payments.map((p) => p.id),
      identifiers: c.identifiers.map((i) => i.id),
      evidence: c.evidence.map((e) => e.id),
      reportsMade: c.reportsMade.map((r) => r.id),
      ownContacts: c.ownContacts.map((o) => o.id),
    };
    for (const [field, ids] of Object.entries(keyed)) {
      const index = findDuplicate(ids);
      if (index >= 0) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: 'duplicate_id' });
    }
    const followed = findDuplicate(c.followUps.map((f) => `${f.source}:${f.targetId}`));
    if (followed >= 0)
      ctx.addIssue({ code: 'custom', path: ['followUps', followed, 'targetId'], message: 'duplicate_id' });
    const ticked = findDuplicate(c.checklist.map((entry) => entry.actionId));
    if (ticked >= 0)
      ctx.addIssue({ code: 'custom', path: ['checklist', ticked, 'actionId'], message: 'ticked_twice' });
  });

/** Tells whether the date part of an ISO date string names a real day (no 31 February). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Index of the first value that already appeared earlier in the list, or -1. */
function findDuplicate(values: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return -1;
}

/** A valid case, as the app holds it in memory. */
export type Case = z.infer<typeof CaseSchema>;
/** What a case file may contain before defaults are filled in. */
export type CaseInput = z.input<typeof CaseSchema>;
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = Case['answers'];
export type Payment = z.infer<typeof PaymentSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Identifier = z.infer<typeof IdentifierSchema>;
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
export type ReportMade = z.infer<typeof ReportMadeSchema>;
export type OwnContact = z.infer<typeof OwnContactSchema>;
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;
export type ReferralFollowUp = z.infer<typeof ReferralFollowUpSchema>;
