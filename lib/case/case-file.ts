/**
 * Reading and writing case files: the versioned JSON a case is saved, exported and imported as
 * (docs/case-file.md). Reading never throws and never returns a half-read case: either the whole file is valid
 * (after migrating an older version), or the answer is one plain message that names the field.
 */
import type { z } from 'zod';

import { DEFINITION_VERSION } from '../questionnaire/version';
import { isRawObject, migrateRawCase, OLDEST_READABLE_VERSION } from './migrations';
import { CASE_SCHEMA_VERSION, CaseSchema } from './schema';
import type { Case } from './schema';

/** Why a file could not be read: the field (e.g. `payments[2].amount`, or '' for the whole file) and a message. */
export type CaseFileError = { path: string; message: string };

export type ParseCaseFileResult =
  { ok: true; case: Case; migratedFrom?: number } | { ok: false; error: CaseFileError };

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/**
 * Reads a case file from its text or from an already parsed JSON value. Older schema versions are migrated; the
 * result says which version it came from. Never throws.
 */
export function parseCaseFile(input: unknown): ParseCaseFileResult {
  try {
    return parseUnsafe(input);
  } catch {
    return fail('', 'this file could not be read as a case file');
  }
}

function parseUnsafe(input: unknown): ParseCaseFileResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return fail('', 'this is not a case file: it is not valid JSON');
    }
  }
  if (!isRawObject(data)) return fail('', 'this is not a case file: expected a JSON object');
  const version = data.schemaVersion;
  if (version === undefined)
    return fail('schemaVersion', 'is missing, so this does not look like a case file');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION) {
    return fail(
      'schemaVersion',
      `expected a whole number from ${OLDEST_READABLE_VERSION} to ${CASE_SCHEMA_VERSION}`,
    );
  }
  if (version > CASE_SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      `this file was made by a newer version of the app (version ${version}); this one reads up to version ${CASE_SCHEMA_VERSION}`,
    );
  }
  const migrated = version < CASE_SCHEMA_VERSION ? migrateRawCase(data, version) : data;
  const result = CaseSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) return fail('', 'this file could not be read as a case file');
    const [path, message] = describeIssue(issue, migrated);
    return fail(formatPath(path), message);
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
  };
}

function fail(path: string, message: string): ParseCaseFileResult {
  return { ok: false, error: { path, message: path ? `${path}: ${message}` : message } };
}

/** Formats a zod path the way a person reads it: payments[2].amount, answers.money_sent. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRawObject(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

function describeIssue(issue: Issue, data: unknown): [readonly PathKey[], string] {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(data, path) === undefined) return [path, 'is missing'];
      return [path, `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`];
    }
    case 'invalid_value': {
      if (issue.values.length === 1) return [path, issue.message];
      const shown = issue.values.slice(0, 12).map((v) => JSON.stringify(v));
      return [path, `expected one of ${shown.join(', ')}${issue.values.length > 12 ? ', …' : ''}`];
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return [[...path, key], 'is not a field of a case file'];
    }
    case 'invalid_key':
      return [path, 'is not a valid question id (expected lower-case letters, digits and _)'];
    case 'too_big':
      if (issue.origin === 'array') return [path, `has too many items (at most ${String(issue.maximum)})`];
      return [path, issue.message];
    case 'too_small':
      if (issue.origin === 'array') return [path, `has too few items (at least ${String(issue.minimum)})`];
      return [path, issue.message];
    default:
      return [path, issue.message];
  }
}
