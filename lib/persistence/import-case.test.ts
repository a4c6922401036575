import 'fake-indexeddb/auto';

import fs from 'node:fs';
import path from 'node:path';

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseCaseFile } from '@/lib/case/case-file';
import { IMPORT_FILE_PROBLEMS, MAX_IMPORT_BYTES, type DuplicateChoice } from '@/lib/case/import-case';
import { PROBLEM_CODES } from '@/lib/case/problems';
import { CASE_SCHEMA_VERSION } from '@/lib/case/schema';

import { createCaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';
import { importCaseFile, type ImportFile } from './import-case';
import { makeStoredCase, snapshotTables } from './testing';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const EXAMPLE_NAMES = fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'));
const exampleText = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
const asFile = (text: string, size = new TextEncoder().encode(text).length): ImportFile => ({
  size,
  text: () => Promise.resolve(text),
});
const never = (): Promise<DuplicateChoice> => Promise.reject(new Error('asked about a duplicate'));

let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `import-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

/** Everything stored, in a comparable form. */
async function snapshot(): Promise<string> {
  return snapshotTables(db, ['cases', 'evidenceFiles', 'settings', 'keys']);
}

describe('importing a case file', () => {
  it('imports every example case file, field for field', async () => {
    const repo = createCaseRepository(db);
    for (const example of EXAMPLE_NAMES) {
      const outcome = await importCaseFile(db, asFile(exampleText(example)), { decide: never });
      expect(outcome, example).toMatchObject({ status: 'imported', replaced: false, copied: false });
      const expected = parseCaseFile(exampleText(example));
      if (!expected.ok || outcome.status !== 'imported') throw new Error(example);
      expect((await repo.loadCase(outcome.caseId))?.case).toEqual(expected.case);
    }
    expect((await repo.listCases()).length).toBe(EXAMPLE_NAMES.length);
  });

  it('the same case twice: cancel changes nothing, replace keeps one, keep both adds a copy', async () => {
    const text = exampleText('us-romance-scam-international-wire.json');
    const first = await importCaseFile(db, asFile(text), { decide: never });
    if (first.status !== 'imported') throw new Error('not imported');
    const evidenceId = (JSON.parse(text) as { evidence: { id: string }[] }).evidence[0]?.id ?? '';
    // A file attached on this device to that evidence, and one to a record the file no longer has.
    const repository = createCaseRepository(db);
    await repository.putEvidenceFile({
      id: evidenceId,
      caseId: first.caseId,
      blob: new Blob(['x']),
      sha256: 'a'.repeat(64),
      sizeBytes: 1,
      addedAt: '',
    });
    await repository.putEvidenceFile({
      id: 'gone',
      caseId: first.caseId,
      blob: new Blob(['y']),
      sha256: 'b'.repeat(64),
      sizeBytes: 1,
      addedAt: '',
    });
    const before = await snapshot();

    const asked: { title: string | null }[] = [];
    const cancelled = await importCaseFile(db, asFile(text), {
      decide: (existing) => {
        asked.push(existing);
        return Promise.resolve('cancel');
      },
    });
    expect(cancelled).toEqual({ status: 'cancelled' });
    expect(asked).toEqual([
      { id: first.caseId, title: 'Linda, Ohio: dating site, wires', createdAt: expect.any(String) as string },
    ]);
    expect(await snapshot()).toBe(before);

    let n = 0;
    const copy = await importCaseFile(db, asFile(text), {
      decide: () => Promise.resolve('keep_both'),
      newId: () => `00000000-0000-4000-8000-1000000000${String((n += 1)).padStart(2, '0')}`,
    });
    expect(copy).toMatchObject({ status: 'imported', copied: true, replaced: false });
    expect(await db.cases.count()).toBe(2);
    expect(await db.evidenceFiles.count()).toBe(2);

    const edited = JSON.stringify({ ...JSON.parse(text), title: 'Linda (from the volunteer)' });
    const replaced = await importCaseFile(db, asFile(edited), { decide: () => Promise.resolve('replace') });
    expect(replaced).toMatchObject({ status: 'imported', caseId: first.caseId, replaced: true });
    expect(await db.cases.count()).toBe(2);
    const repo = createCaseRepository(db);
    expect((await repo.loadCase(first.caseId))?.case.title).toBe('Linda (from the volunteer)');
    // Files of records the imported case does not describe (or describes with another fingerprint) are gone.
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('refuses a file too large without reading it, and a newer version with "update the app"', async () => {
    let read = false;
    const big = await importCaseFile(
      db,
      { size: MAX_IMPORT_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) },
      { decide: never },
    );
    expect(big).toEqual({ status: 'refused', refusal: { kind: 'file', code: 'file_too_large' } });
    expect(read).toBe(false);
    const newer = JSON.stringify({
      ...JSON.parse(exampleText('gb-account-takeover.json')),
      schemaVersion: 99,
    });
    expect(await importCaseFile(db, asFile(newer), { decide: never })).toMatchObject({
      status: 'refused',
      refusal: { kind: 'case_file', error: { code: 'newer_version', values: { version: 99 } } },
    });
    expect(await db.cases.count()).toBe(0);
  });
});

/** Hostile and malformed files, each one certainly not a valid case file. */
function malformedFile(valid: Record<string, unknown>[]): fc.Arbitrary<{ label: string; file: ImportFile }> {
  const base = fc.constantFrom(...valid);
  const text = (label: string, arb: fc.Arbitrary<string>) => arb.map((t) => ({ label, file: asFile(t) }));
  const notAList = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.object());
  return fc.oneof(
    text('random text', fc.string({ unit: 'binary', maxLength: 300 })),
    text(
      'JSON that is not a case',
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
    ),
    text(
      'a case cut short',
      fc
        .tuple(base, fc.double({ min: 0, max: 0.999, noNaN: true }))
        .map(([c, f]) =>
          JSON.stringify(c, null, 2).slice(0, Math.floor(JSON.stringify(c, null, 2).length * f)),
        ),
    ),
    text(
      'a required field removed',
      fc
        .tuple(base, fc.constantFrom('id', 'schemaVersion', 'createdAt', 'updatedAt'))
        .map(([c, key]) => JSON.stringify(Object.fromEntries(Object.entries(c).filter(([k]) => k !== key)))),
    ),
    text(
      'an unknown field',
      fc
        .tuple(base, fc.stringMatching(/^zz_[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }))
        .map(([c, k, v]) => JSON.stringify({ ...c, [k]: v })),
    ),
    text(
      'a list that is not a list',
      fc
        .tuple(base, fc.constantFrom('payments', 'identifiers', 'evidence', 'reportsMade'), notAList)
        .map(([c, k, v]) => JSON.stringify({ ...c, [k]: v })),
    ),
    text(
      'a newer version',
      fc
        .tuple(base, fc.integer({ min: CASE_SCHEMA_VERSION + 1, max: 1e9 }))
        .map(([c, v]) => JSON.stringify({ ...c, schemaVersion: v })),
    ),
    text(
      'a version that is no version',
      fc
        .tuple(
          base,
          fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null)),
        )
        .map(([c, v]) => JSON.stringify({ ...c, schemaVersion: v })),
    ),
    text(
      'too deep',
      fc
        .tuple(base, fc.integer({ min: 40, max: 200_000 }))
        .map(([c, d]) =>
          JSON.stringify({ ...c, account: 'PLACEHOLDER' }).replace(
            '"PLACEHOLDER"',
            `${'['.repeat(d)}${']'.repeat(d)}`,
          ),
        ),
    ),
    fc
      .tuple(base, fc.integer({ min: MAX_IMPORT_BYTES + 1, max: 4 * 1024 ** 3 }))
      .map(([c, size]) => ({ label: 'too large', file: asFile(JSON.stringify(c), size) })),
    text('empty', fc.constantFrom('', ' ', '\n\t ')),
  );
}

describe('1,000 malformed and hostile case files', () => {
  it('none crashes, each is refused with a problem code, and the database is unchanged', async () => {
    const valid = EXAMPLE_NAMES.map((n) => JSON.parse(exampleText(n)) as Record<string, unknown>);
    // Something already on the device, which a refused import must leave exactly as it was.
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: 'Already here.' });
    await repo.saveCase(stored);
    await repo.putEvidenceFile({
      id: 'e1',
      caseId: stored.case.id,
      blob: new Blob(['photo']),
      sha256: 'c'.repeat(64),
      sizeBytes: 5,
      addedAt: '2026-11-20T10:00:00.000Z',
    });
    const before = await snapshot();
    const codes = new Set<string>([...PROBLEM_CODES, ...IMPORT_FILE_PROBLEMS]);
    const seen = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(malformedFile(valid), async ({ label, file }) => {
        const outcome = await importCaseFile(db, file, { decide: never });
        if (outcome.status !== 'refused') throw new Error(`${label}: ${outcome.status}`);
        const code = outcome.refusal.kind === 'file' ? outcome.refusal.code : outcome.refusal.error.code;
        expect(codes.has(code), `${label}: ${code}`).toBe(true);
        seen.set(label, (seen.get(label) ?? 0) + 1);
        expect(await snapshot()).toBe(before);
      }),
      { seed: 20261202, numRuns: 1000 },
    );
    // Every kind of hostile file was tried.
    expect(seen.size).toBe(11);
  }, 120_000);
});
