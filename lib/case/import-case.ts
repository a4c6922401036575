/**
 * Importing a case file (JSON) someone picked or dropped: everything that is decided before anything is written.
 * Pure: no storage, no clock, no randomness (the caller passes ids). The order is the one that keeps hostile files
 * harmless: the size first (before the file is even read), then how deeply it nests (before it is parsed, with a
 * scan that uses no recursion), then the case file reader (lib/case/case-file.ts: JSON, version, migrations of
 * older versions, "update the app" for a newer one, and the schema). Every refusal is a code a screen turns into
 * words (lib/case/problem-text.ts and common:import.problems.*); no library's message ever reaches a person.
 */
import { parseCaseFile, type CaseFileError } from './case-file';
import type { Case } from './schema';

/**
 * The largest case file accepted. The examples are 3-10 KB; a case with hundreds of records stays well under 1 MB,
 * and 10 MB still parses in a moment on a cheap phone.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The deepest nesting of objects and lists accepted. A case file nests about six levels. */
export const MAX_IMPORT_DEPTH = 32;

/** Problems of the file itself, before it is read as a case (texts: common:import.problems.<code>). */
export const IMPORT_FILE_PROBLEMS = ['file_empty', 'file_too_large', 'file_too_deep'] as const;
export type ImportFileProblem = (typeof IMPORT_FILE_PROBLEMS)[number];

/** Why a file was refused: a problem of the file, or one of the case file (with the field it is about). */
export type ImportRefusal =
  { kind: 'file'; code: ImportFileProblem } | { kind: 'case_file'; error: CaseFileError };

export type ReadImportResult =
  { ok: true; case: Case; migratedFrom?: number } | { ok: false; refusal: ImportRefusal };

/** Refuses a file by its size alone, before reading it; null when the size is acceptable. */
export function checkImportSize(sizeBytes: number): ImportRefusal | null {
  if (!Number.isFinite(sizeBytes) || sizeBytes <= 0) return { kind: 'file', code: 'file_empty' };
  if (sizeBytes > MAX_IMPORT_BYTES) return { kind: 'file', code: 'file_too_large' };
  return null;
}

/**
 * The deepest nesting of `{` and `[` in a JSON text, outside strings. Linear, without recursion, and it stops as
 * soon as `limit` is passed, so a file of a million brackets costs nothing.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

/** Reads a picked or dropped file's text as a case to import. Never throws. */
export function readCaseImport(
  text: string,
  sizeBytes: number = new TextEncoder().encode(text).length,
): ReadImportResult {
  const bySize = checkImportSize(sizeBytes);
  if (bySize) return { ok: false, refusal: bySize };
  if (text.trim() === '') return { ok: false, refusal: { kind: 'file', code: 'file_empty' } };
  if (jsonDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH)
    return { ok: false, refusal: { kind: 'file', code: 'file_too_deep' } };
  const parsed = parseCaseFile(text);
  if (!parsed.ok) return { ok: false, refusal: { kind: 'case_file', error: parsed.error } };
  return parsed.migratedFrom === undefined
    ? { ok: true, case: parsed.case }
    : { ok: true, case: parsed.case, migratedFrom: parsed.migratedFrom };
}

/** What the person chose when the device already holds a case with the same id. */
export type DuplicateChoice = 'replace' | 'keep_both' | 'cancel';

/**
 * The same case imported as a second, separate case: a new case id, and new ids for its evidence records (evidence
 * files are stored by record id, so the copy must not point at the other case's files). Nothing else changes.
 */
export function asSeparateCopy(c: Case, newId: () => string): Case {
  return { ...c, id: newId(), evidence: c.evidence.map((e) => ({ ...e, id: newId() })) };
}
