/**
 * Drafts of repeatable records while the person fills in the form: made with every default, read and written by
 * field path, and checked with the record's own schema before they are kept (the first problem names the field).
 */
import type { z } from 'zod';

import type { RecordField, RecordListId } from '../questionnaire/records';
import {
  EvidenceItemSchema,
  IdentifierSchema,
  OwnContactSchema,
  PaymentSchema,
  ReportMadeSchema,
} from './schema';

const SCHEMAS = {
  payments: PaymentSchema,
  identifiers: IdentifierSchema,
  evidence: EvidenceItemSchema,
  reports_made: ReportMadeSchema,
  own_contacts: OwnContactSchema,
} satisfies Record<RecordListId, z.ZodType>;

export type Draft = Record<string, unknown>;

const FIRST_KIND: Partial<Record<RecordListId, string>> = {
  identifiers: 'name',
  evidence: 'screenshot',
  reports_made: 'police_cybercrime_report',
  own_contacts: 'bank_or_payment_provider',
};

/** A new, empty record of a list, with every default filled in. */
export function createDraft(list: RecordListId, id: string): Draft {
  const base: Draft = { id };
  const kind = FIRST_KIND[list];
  if (kind) base.kind = kind;
  if (list === 'payments') return PaymentSchema.parse(base);
  if (list === 'reports_made') return ReportMadeSchema.parse(base);
  if (list === 'evidence') return EvidenceItemSchema.parse(base);
  return { ...base, value: '', name: '', ...(list === 'identifiers' ? { platform: null, notes: null } : {}) };
}

/** Reads a field of a draft by path (`['recipient', 'account']`). */
export function getDraftValue(draft: Draft, path: readonly string[]): unknown {
  let value: unknown = draft;
  for (const key of path)
    value = typeof value === 'object' && value !== null ? (value as Draft)[key] : undefined;
  return value;
}

/** Returns a copy of the draft with one field set (empty text becomes null, or is removed where optional). */
export function setDraftValue(draft: Draft, path: readonly string[], value: unknown): Draft {
  const [head, ...rest] = path;
  if (head === undefined) return draft;
  if (rest.length === 0) return { ...draft, [head]: value };
  const inner = typeof draft[head] === 'object' && draft[head] !== null ? (draft[head] as Draft) : {};
  return { ...draft, [head]: setDraftValue(inner, rest, value) };
}

/** Converts what the person typed into the value the field stores. */
export function inputToValue(field: RecordField, raw: string): unknown {
  const text = raw.trim();
  if (field.input === 'number') {
    if (text === '') return null;
    const n = Number(text.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : raw;
  }
  if (field.input === 'currency') return text === '' ? null : text.toUpperCase();
  if (text === '')
    return field.path.length === 1 && ['phone', 'url', 'notes'].includes(field.key) ? undefined : null;
  return raw;
}

/** Checks a draft; returns the record, or the first problem with the field key it belongs to. */
export function checkDraft(
  list: RecordListId,
  fields: readonly RecordField[],
  draft: Draft,
): { ok: true; record: Draft } | { ok: false; fieldKey: string | null; message: string } {
  const cleaned = JSON.parse(JSON.stringify(draft)) as Draft;
  const result = SCHEMAS[list].safeParse(cleaned);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const field = fields.find((f) => f.path.join('.') === path.join('.'));
  return { ok: false, fieldKey: field?.key ?? null, message: issue?.message ?? 'invalid' };
}
