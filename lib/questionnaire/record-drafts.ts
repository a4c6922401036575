/**
 * Drafts of repeatable records while the person fills in the form. A draft is made from the record editor's own
 * field list (./records.ts), so it holds exactly the fields the form shows; it is checked with the record's schema
 * only when the person saves it, and a problem comes back as a code with the field it belongs to.
 */
import type { z } from 'zod';

import { problemFromIssue, type ProblemCode, type ProblemValues } from '../case/problems';
import {
  EvidenceItemSchema,
  IdentifierSchema,
  OwnContactSchema,
  PaymentSchema,
  ReportMadeSchema,
} from '../case/schema';
import { RECORD_FIELDS, RECORD_OPTIONS, type RecordField, type RecordListId } from './records';

const SCHEMAS = {
  payments: PaymentSchema,
  identifiers: IdentifierSchema,
  evidence: EvidenceItemSchema,
  reports_made: ReportMadeSchema,
  own_contacts: OwnContactSchema,
} satisfies Record<RecordListId, z.ZodType>;

export type Draft = Record<string, unknown>;

/** A new, empty record of a list: its id, and the first option of each required choice (e.g. the kind). */
export function createDraft(list: RecordListId, id: string): Draft {
  let draft: Draft = { id };
  for (const field of RECORD_FIELDS[list]) {
    if (field.required && field.input === 'choice' && field.options)
      draft = setDraftValue(draft, field.path, RECORD_OPTIONS[field.options][0]);
  }
  return draft;
}

/** Reads a field of a draft by path (`['recipient', 'account']`). */
export function getDraftValue(draft: Draft, path: readonly string[]): unknown {
  let value: unknown = draft;
  for (const key of path)
    value = typeof value === 'object' && value !== null ? (value as Draft)[key] : undefined;
  return value;
}

/** Returns a copy of the draft with one field set, or removed when the value is undefined. */
export function setDraftValue(draft: Draft, path: readonly string[], value: unknown): Draft {
  const [head, ...rest] = path;
  if (head === undefined) return draft;
  if (rest.length === 0) {
    const next = { ...draft };
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  const inner = typeof draft[head] === 'object' && draft[head] !== null ? (draft[head] as Draft) : {};
  return { ...draft, [head]: setDraftValue(inner, rest, value) };
}

/**
 * Converts what the person typed into the value the draft keeps. Text is kept exactly as typed (an empty field is
 * left out when the record is saved); a currency code is kept in capitals. Amounts are read by ../case/amount-input.ts
 * in the amount field itself.
 */
export function inputToValue(field: RecordField, raw: string): unknown {
  if (field.input === 'currency') return raw.trim() === '' ? undefined : raw.trim().toUpperCase();
  return raw;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The record a draft stands for: blank optional fields left out, so the schema gives each its own default. */
function cleanDraft(list: RecordListId, draft: Draft): Draft {
  let cleaned = structuredClone(draft);
  for (const field of RECORD_FIELDS[list]) {
    if (!field.required && isBlank(getDraftValue(cleaned, field.path)))
      cleaned = setDraftValue(cleaned, field.path, undefined);
  }
  return cleaned;
}

export type DraftCheck =
  | { ok: true; record: Draft }
  | { ok: false; fieldKey: string | null; code: ProblemCode; values: ProblemValues };

/** Checks a draft; returns the record to keep, or the first problem with the key of the field it belongs to. */
export function checkDraft(list: RecordListId, draft: Draft): DraftCheck {
  const cleaned = cleanDraft(list, draft);
  const result = SCHEMAS[list].safeParse(cleaned);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, fieldKey: null, code: 'not_valid', values: {} };
  const problem = problemFromIssue(issue, cleaned);
  const path = problem.path.map(String).join('.');
  const field = RECORD_FIELDS[list].find((f) => f.path.join('.') === path);
  return { ok: false, fieldKey: field?.key ?? null, code: problem.code, values: problem.values };
}
