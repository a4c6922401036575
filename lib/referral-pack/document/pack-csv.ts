/**
 * The pack's CSV file for a clerk's spreadsheet: the payments table first (one row per payment, headers on the
 * first line, so a bank can sort and filter it), then, after a blank line, a table for each other kind of record
 * the person kept (the other party's identifiers, evidence, reports made, their own contacts), each under a title
 * row. The columns are the record editors' fields (`RECORD_FIELDS`), so every field the person can fill in is in
 * the file: dates as written (ISO), amounts as numbers, options in words, text exactly as typed, every text cell
 * guarded against formula injection by `toCsv`. Every line has the same number of cells. Pass the redacted case
 * when sensitive details stay out.
 */
import type { Case } from '../../case/schema';
import {
  RECORD_FIELDS,
  RECORD_LIST_FIELDS,
  type RecordField,
  type RecordListId,
} from '../../questionnaire/records';
import { toCsv, type CsvCell } from '../exports/csv';
import type { PackTranslate } from './pack-format';

// The heading of each table after the payments, under `pack:sections.<id>`.
const LIST_SECTIONS = {
  identifiers: 'identifiers',
  evidence: 'evidence',
  reports_made: 'reports',
  own_contacts: 'own_contacts',
} as const satisfies Partial<Record<RecordListId, string>>;

/** The records CSV: payments, then the other record lists that have entries. */
export function buildRecordsCsv(caseData: Case, t: PackTranslate): string {
  const width = Math.max(...Object.values(RECORD_FIELDS).map((fields) => fields.length));
  // Empty cells to the widest table's width, so every line has the same number of cells.
  const pad = <T extends CsvCell>(row: readonly T[]): (T | '')[] => [
    ...row,
    ...Array.from({ length: width - row.length }, () => '' as const),
  ];
  const payments = buildTable('payments', caseData, t);
  let csv = toCsv(pad(payments.headers), payments.rows.map(pad), { bom: true });
  for (const [list, section] of Object.entries(LIST_SECTIONS) as [RecordListId, string][]) {
    const table = buildTable(list, caseData, t);
    if (table.rows.length === 0) continue;
    csv += toCsv(pad([]), [pad([t(`pack:sections.${section}`)]), pad(table.headers), ...table.rows.map(pad)]);
  }
  return csv;
}

/** Older name of `buildRecordsCsv`, from when the file held the payments only. */
export const buildPaymentsCsv = buildRecordsCsv;

// The translated column headers and one row per record.
function buildTable(
  list: RecordListId,
  caseData: Case,
  t: PackTranslate,
): { headers: string[]; rows: CsvCell[][] } {
  const fields = RECORD_FIELDS[list];
  const records: readonly unknown[] = caseData[RECORD_LIST_FIELDS[list]];
  return {
    headers: fields.map((field) => t(`questionnaire:records.${list}.fields.${field.key}.label`)),
    rows: records.map((record) => fields.map((field) => toCell(record, field, t))),
  };
}

function toCell(record: unknown, field: RecordField, t: PackTranslate): CsvCell {
  let value: unknown = record;
  for (const key of field.path)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  return field.options === undefined ? value : t(`questionnaire:records.options.${field.options}.${value}`);
}
