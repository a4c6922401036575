// A case with every field of every record list filled with a distinctive marker, generated from RECORD_FIELDS
// (not a hand-kept list), so a field added to the record editors is checked in the pack without anyone
// remembering to: tests look for each marker in the PDF, the CSV and the JSON.
import { CaseSchema, type Case } from '../../case/schema';
import {
  RECORD_FIELDS,
  RECORD_LIST_FIELDS,
  RECORD_LISTS,
  RECORD_OPTIONS,
  type RecordField,
  type RecordListId,
} from '../../questionnaire/records';
import { sampleCaseInput } from './sample-case';

/** One filled field: where it is and the value written into the case. */
export type FieldMarker = { list: RecordListId; field: RecordField; value: string | number };

// Values for the fields the app fills in when a file is added, which must match the schema's formats.
const COMPUTED: Record<string, string | number> = {
  file_name: 'mark-evidence-file_name.png',
  mime_type: 'application/x-mark-evidence',
  size_bytes: 987_654,
  sha256: 'c0ffee'.repeat(10) + '0a1b',
};

/** The marker for one field of one list: text that appears nowhere else, or a valid value of the field's kind. */
export function markerFor(list: RecordListId, field: RecordField): string | number {
  const day = String(11 + RECORD_LISTS.indexOf(list)).padStart(2, '0');
  switch (field.input) {
    case 'text':
    case 'long_text':
      return `mark-${list}-${field.key}`;
    case 'number':
      return 4321.98;
    case 'currency':
      return 'EUR';
    case 'date_time':
      return `2026-02-${day}T09:41`;
    case 'country':
      return 'NZ';
    case 'choice': {
      const options: readonly string[] = RECORD_OPTIONS[field.options ?? 'payment_methods'];
      // The second option: a real one, not "other", so its label is specific.
      return options[1] ?? options[0] ?? '';
    }
    case 'computed':
      return COMPUTED[field.key] ?? `mark-${list}-${field.key}`;
  }
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    record[head] = value;
    return;
  }
  const child = (record[head] ?? {}) as Record<string, unknown>;
  record[head] = child;
  setPath(child, rest, value);
}

/** The sample case with one record in every list, every field filled with its marker; `change` edits markers. */
export function buildEveryFieldCase(change: (marker: FieldMarker) => FieldMarker = (m) => m): {
  caseData: Case;
  markers: FieldMarker[];
} {
  const input = sampleCaseInput() as Record<string, unknown>;
  const markers: FieldMarker[] = [];
  for (const list of RECORD_LISTS) {
    const record: Record<string, unknown> = { id: `${list}_1` };
    for (const field of RECORD_FIELDS[list]) {
      const marker = change({ list, field, value: markerFor(list, field) });
      setPath(record, field.path, marker.value);
      markers.push(marker);
    }
    input[RECORD_LIST_FIELDS[list]] = [record];
  }
  return { caseData: CaseSchema.parse(input), markers };
}

/** A marker's value as the case file holds it, read back by its path. */
export function readPath(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
