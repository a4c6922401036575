/**
 * Problems with a case or a record, as codes. The validation library's own messages never reach a person: every
 * issue it reports becomes one of these codes (with a few values such as a maximum length), and the text a person
 * reads comes from locales/<lang>/common.json `problems.<code>`, with the field named by `describeField`.
 */
import type { z } from 'zod';

export const PROBLEM_CODES = [
  // The file as a whole.
  'unreadable',
  'not_json',
  'not_an_object',
  'no_version',
  'bad_version',
  'newer_version',
  // One field.
  'missing',
  'expected_number',
  'expected_whole_number',
  'expected_text',
  'expected_list',
  'expected_object',
  'expected_yes_no',
  'expected_text_or_list',
  'not_an_option',
  'unknown_field',
  'bad_question_id',
  'too_long',
  'too_many',
  'empty',
  'too_few',
  'negative',
  'too_large',
  'bad_date',
  'not_a_real_date',
  'bad_date_time',
  'bad_uuid',
  'bad_currency',
  'bad_sha256',
  'bad_file_type',
  'bad_country',
  'bad_id',
  'bad_snake_id',
  'duplicate_id',
  'ticked_twice',
  'not_valid',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Values a problem's text may use: `{{max}}`, `{{min}}`, `{{version}}`, `{{newest}}`, `{{oldest}}`. */
export type ProblemValues = Partial<Record<'max' | 'min' | 'version' | 'newest' | 'oldest', number>>;

/** One problem: where (a path into the case, [] for the whole file), what, and the values its text needs. */
export type Problem = { path: readonly (string | number)[]; code: ProblemCode; values: ProblemValues };

/** Tells whether a string is one of the problem codes (schemas give their checks a code as the error). */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}

type Issue = z.core.$ZodIssue;

const TYPE_CODES: Record<string, ProblemCode> = {
  number: 'expected_number',
  int: 'expected_whole_number',
  string: 'expected_text',
  array: 'expected_list',
  object: 'expected_object',
  record: 'expected_object',
  boolean: 'expected_yes_no',
};

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one validation issue into a problem code; `data` is what was validated (to tell missing from wrong). */
export function problemFromIssue(issue: Issue, data: unknown): Problem {
  const path = toPath(issue.path);
  const make = (code: ProblemCode, values: ProblemValues = {}): Problem => ({ path, code, values });
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return make('missing');
  // Checks that carry their own code (every `error:` in lib/case/schema.ts is a problem code).
  if (isProblemCode(issue.message) && issue.code !== 'unrecognized_keys') return make(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return make(TYPE_CODES[issue.expected] ?? 'not_valid');
    case 'invalid_value':
      return make('not_an_option');
    case 'unrecognized_keys':
      return { path: [...path, issue.keys[0] ?? ''], code: 'unknown_field', values: {} };
    case 'invalid_key':
      return make('bad_question_id');
    case 'invalid_union':
      return make('not_valid');
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return make('too_many', { max });
      if (issue.origin === 'string') return make('too_long', { max });
      return make('too_large');
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return make('too_few', { min });
      if (issue.origin === 'string') return make('empty');
      return make(min === 0 ? 'negative' : 'not_valid');
    }
    case 'invalid_format':
      if (issue.format === 'uuid') return make('bad_uuid');
      if (issue.format === 'datetime') return make('bad_date_time');
      return make('not_valid');
    default:
      return make('not_valid');
  }
}

const RECORD_FIELD_NAMES: Record<string, string> = {
  payments: 'payments',
  identifiers: 'identifiers',
  evidence: 'evidence',
  reportsMade: 'reports_made',
  ownContacts: 'own_contacts',
};

/**
 * Names the field a problem is about, as translation keys a screen or the command line can read: the record list and
 * its position ("payment 3") and the field's own label. Paths that are not in a record list name the case field.
 */
export function describeField(
  path: readonly (string | number)[],
):
  | { kind: 'file' }
  | { kind: 'case_field'; field: string }
  | { kind: 'answer'; questionId: string }
  | { kind: 'record'; list: string; position: number | null; fieldPath: string } {
  const [head, second, ...rest] = path;
  if (head === undefined) return { kind: 'file' };
  if (head === 'answers' || head === 'answeredAt')
    return typeof second === 'string'
      ? { kind: 'answer', questionId: second }
      : { kind: 'case_field', field: head };
  const list = typeof head === 'string' ? RECORD_FIELD_NAMES[head] : undefined;
  if (list !== undefined) {
    const position = typeof second === 'number' ? second + 1 : null;
    return { kind: 'record', list, position, fieldPath: rest.map(String).join('.') };
  }
  return { kind: 'case_field', field: String(head) };
}
