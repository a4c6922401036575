import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { serializeCaseFile } from './case-file';
import {
  asSeparateCopy,
  checkImportSize,
  jsonDepth,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_DEPTH,
  readCaseImport,
} from './import-case';
import { CASE_SCHEMA_VERSION } from './schema';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const exampleText = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');

describe('reading a case file to import', () => {
  it('reads every example case file', () => {
    const names = fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const result = readCaseImport(exampleText(name));
      expect(result.ok, name).toBe(true);
    }
  });

  it('refuses a file too large by its size alone, before reading it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({ kind: 'file', code: 'file_too_large' });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(0)).toEqual({ kind: 'file', code: 'file_empty' });
    expect(readCaseImport(exampleText('es-hi-mum-bizum.json'), MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      refusal: { kind: 'file', code: 'file_too_large' },
    });
  });

  it('refuses a file nested too deeply, without parsing it (a million brackets cost nothing)', () => {
    const deep = `{"schemaVersion":3,"account":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const started = performance.now();
    expect(readCaseImport(deep, 1000)).toEqual({
      ok: false,
      refusal: { kind: 'file', code: 'file_too_deep' },
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(jsonDepth(`[${'{"a":'.repeat(MAX_IMPORT_DEPTH - 1)}1${'}'.repeat(MAX_IMPORT_DEPTH - 1)}]`)).toBe(
      MAX_IMPORT_DEPTH,
    );
    // Brackets inside strings (escaped quotes too) are text, not nesting.
    expect(jsonDepth('{"a":"[[[[\\"[[[[","b":[1]}')).toBe(2);
  });

  it('refuses a newer version with "update the app", and migrates an older one', () => {
    const c = JSON.parse(exampleText('pt-mbway-phishing.json')) as Record<string, unknown>;
    const newer = readCaseImport(JSON.stringify({ ...c, schemaVersion: CASE_SCHEMA_VERSION + 1 }));
    expect(newer).toEqual({
      ok: false,
      refusal: {
        kind: 'case_file',
        error: {
          path: 'schemaVersion',
          code: 'newer_version',
          values: { version: CASE_SCHEMA_VERSION + 1, newest: CASE_SCHEMA_VERSION },
        },
      },
    });
    const { answeredAt: _dropped, ...v2 } = c;
    const older = readCaseImport(JSON.stringify({ ...v2, schemaVersion: 2 }));
    expect(older.ok && older.migratedFrom).toBe(2);
    expect(older.ok && older.case.answeredAt).toEqual({});
  });

  it('names the field of a case file that does not fit the schema', () => {
    const c = JSON.parse(exampleText('gb-account-takeover.json')) as Record<string, unknown>;
    const result = readCaseImport(JSON.stringify({ ...c, payments: 'lots' }));
    expect(result).toMatchObject({
      ok: false,
      refusal: { kind: 'case_file', error: { path: 'payments', code: 'expected_list' } },
    });
    expect(readCaseImport('not json at all')).toMatchObject({
      ok: false,
      refusal: { kind: 'case_file', error: { code: 'not_json' } },
    });
  });

  it('keeps both: a copy has a new case id and new evidence ids, and nothing else changes', () => {
    const result = readCaseImport(exampleText('us-romance-scam-international-wire.json'));
    if (!result.ok) throw new Error('example not read');
    let n = 0;
    const copy = asSeparateCopy(result.case, () => `00000000-0000-4000-8000-00000000000${(n += 1)}`);
    expect(copy.id).not.toBe(result.case.id);
    expect(copy.evidence.length).toBe(result.case.evidence.length);
    expect(copy.evidence.every((e, i) => e.id !== result.case.evidence[i]?.id)).toBe(true);
    const strip = (c: typeof copy) => ({ ...c, id: '', evidence: c.evidence.map((e) => ({ ...e, id: '' })) });
    expect(strip(copy)).toEqual(strip(result.case));
    expect(readCaseImport(serializeCaseFile(copy)).ok).toBe(true);
  });
});
