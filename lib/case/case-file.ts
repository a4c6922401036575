/**
 * Reading and writing case files: the versioned JSON a case is saved, exported and imported as
 * (docs/case-file.md). Reading never throws and never returns a half-read case: either the whole file is valid
 * (after migrating an older version), or the answer is one plain message that names the field.
 */
import { DEFINITION_VERSION } from './definition-version';
import { isRawObject, migrateRawCase, OLDEST_READABLE_VERSION } from './migrations';
import { problemFromIssue, type ProblemCode, type ProblemValues } from './problems';
import { CASE_SCHEMA_VERSION, CaseSchema } from './schema';
import type { Case } from './schema';

/**
 * Why a file could not be read: the field (e.g. `payments[2].amount`, or '' for the whole file) and the problem as a
 * code with its values; lib/case/problem-text.ts turns it into words in the reader's language.
 */
export type CaseFileError = { path: string; code: ProblemCode; values: ProblemValues };

export type ParseCaseFileResult =
  { ok: true; case: Case; migratedFrom?: number } | { ok: false; error: CaseFileError };

/**
 * Reads a case file from its text or from an already parsed JSON value. Older schema versions are migrated; the
 * result says which version it came from. Never throws.
 */
export function parseCaseFile(input: unknown): ParseCaseFileResult {
  try {
    return parseUnsafe(input);
  } catch {
    return fail('', 'unreadable');
  }
}

function parseUnsafe(input: unknown): ParseCaseFileResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      // A byte-order mark is not part of the JSON: editors on Windows often write one.
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return fail('', 'not_json');
    }
  }
  if (!isRawObject(data)) return fail('', 'not_an_object');
  const version = data.schemaVersion;
  if (version === undefined) return fail('schemaVersion', 'no_version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION)
    return fail('schemaVersion', 'bad_version', {
      oldest: OLDEST_READABLE_VERSION,
      newest: CASE_SCHEMA_VERSION,
    });
  if (version > CASE_SCHEMA_VERSION)
    return fail('schemaVersion', 'newer_version', { version, newest: CASE_SCHEMA_VERSION });
  const migrated = version < CASE_SCHEMA_VERSION ? migrateRawCase(data, version) : data;
  const result = CaseSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) return fail('', 'unreadable');
    const problem = problemFromIssue(issue, migrated);
    return fail(formatPath(problem.path), problem.code, problem.values);
  }
  return version < CASE_SCHEMA_VERSION
    ? { ok: true, case: result.data, migratedFrom: version }
    : { ok: true, case: result.data };
}

/** Writes a case as a case file: pretty-printed JSON with a final newline. */
export function serializeCaseFile(c: Case): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

/**
 * Makes a new, empty case. The caller makes the id (crypto.randomUUID()) and passes the clock, so this stays pure.
 */
export function createEmptyCase({ id, now }: { id: string; now: Date }): Case {
  const timestamp = now.toISOString();
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    language: null,
    definitionVersion: DEFINITION_VERSION,
    respondent: null,
    country: null,
    ageGroup: null,
    answers: {},
    answeredAt: {},
    payments: [],
    identifiers: [],
    evidence: [],
    reportsMade: [],
    account: '',
    ownContacts: [],
    checklist: [],
    followUps: [],
    followUpOn: null,
    closedOn: null,
  };
}

function fail(path: string, code: ProblemCode, values: ProblemValues = {}): ParseCaseFileResult {
  return { ok: false, error: { path, code, values } };
}

/** Formats a zod path the way a person reads it: payments[2].amount, answers.money_sent. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
