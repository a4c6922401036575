/**
 * Sample values for every field of every record list, made from the record editors' definition (../records.ts),
 * never from a hand-kept list: a field added there is filled here too. Used by unit tests and by the end-to-end
 * test that types every record into the app and finds each value again in storage and in the pack.
 */
import { RECORD_FIELDS, RECORD_OPTIONS, type RecordField, type RecordListId } from '../records';

/** A value the person could type or choose for a field, marked so it can be found again in any output. */
export type SampleValue = { field: RecordField; typed: string; stored: string | number };

/** The variants of a record needed to reach every field (fields shown only for some choices get their own). */
export function recordVariants(list: RecordListId): Record<string, string>[] {
  const conditions = RECORD_FIELDS[list].flatMap((f) => (f.showIf ? [f.showIf] : []));
  if (conditions.length === 0) return [{}];
  const variants = new Map<string, Record<string, string>>();
  for (const condition of conditions) {
    const value = condition.in[0];
    if (value !== undefined) variants.set(`${condition.key}=${value}`, { [condition.key]: value });
  }
  return [...variants.values()];
}

/** Tells whether a field is shown for a record with these choices. */
export function isFieldShown(field: RecordField, choices: Record<string, string>): boolean {
  if (!field.showIf) return true;
  const chosen = choices[field.showIf.key];
  return chosen !== undefined && field.showIf.in.includes(chosen);
}

/**
 * A sample for each field a person can fill in for one variant of a record. Text carries a unique marker with
 * accented and non-Latin letters; choices take the last option (not the default); computed fields are left out.
 */
export function sampleRecord(
  list: RecordListId,
  choices: Record<string, string>,
  tag: string,
  locale: 'en' | 'es' | 'pt' = 'en',
): SampleValue[] {
  const samples: SampleValue[] = [];
  for (const field of RECORD_FIELDS[list]) {
    if (!isFieldShown(field, choices) || field.input === 'computed') continue;
    const marker = `${tag}-${list}-${field.key}`.replace(/_/g, '-');
    const chosen = choices[field.key];
    switch (field.input) {
      case 'text':
      case 'long_text':
        samples.push({ field, typed: `${marker} ação ñ`, stored: `${marker} ação ñ` });
        break;
      case 'number':
        // Written as people write money in each language: grouped thousands and decimals.
        samples.push({ field, typed: locale === 'en' ? '3,000.50' : '3.000,50', stored: 3000.5 });
        break;
      case 'currency':
        samples.push({ field, typed: 'eur', stored: 'EUR' });
        break;
      case 'date_time':
        samples.push({ field, typed: '2026-03-01T14:30', stored: '2026-03-01T14:30' });
        break;
      case 'country':
        samples.push({ field, typed: 'PT', stored: 'PT' });
        break;
      case 'choice': {
        const options = field.options ? RECORD_OPTIONS[field.options] : [];
        const value = chosen ?? options[options.length - 1] ?? '';
        samples.push({ field, typed: value, stored: value });
        break;
      }
      default:
        break;
    }
  }
  return samples;
}
