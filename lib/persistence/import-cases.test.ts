import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readBackupBundle, type ReadCase } from '@/lib/bundle/read-backup';
import { casesWithEvidence, propertyRuns } from '@/lib/bundle/testing';
import { writeBackupBundle } from '@/lib/bundle/write-bundle';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import { createCaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';
import { importCheckedCases, type RestoreChoice } from './import-cases';
import { snapshotTables } from './testing';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `restore-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

async function snapshot(): Promise<string> {
  return snapshotTables(db, ['cases', 'evidenceFiles', 'keys']);
}

/** Every stored file: its case and the hash of the bytes actually stored. */
async function storedFiles(): Promise<{ id: string; caseId: string; sha256: string }[]> {
  const repository = createCaseRepository(db);
  const rows = await Promise.all(
    (await db.evidenceFiles.orderBy('id').primaryKeys()).map(
      async (id) => (await repository.getEvidenceFile(id))!,
    ),
  );
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      caseId: r.caseId,
      sha256: await sha256Hex(new Uint8Array(await r.blob.arrayBuffer())),
    })),
  );
}

/** A backup of `count` cases, written and read back: what a restore receives. Record ids made unique per case. */
async function readBack(count: number): Promise<ReadCase[]> {
  const cases = (await casesWithEvidence(count)).map(({ caseData, evidence }, n) => {
    const id = (recordId: string) => `c${n}_${recordId}`;
    return {
      caseData: { ...caseData, evidence: caseData.evidence.map((e) => ({ ...e, id: id(e.id) })) },
      evidence: evidence.map((e) => ({ ...e, id: id(e.id) })),
    };
  });
  const read = await readBackupBundle(await writeBackupBundle({ cases, passphrase: PASS }), {
    passphrase: PASS,
  });
  if (!read.ok) throw new Error(JSON.stringify(read));
  return read.cases;
}

const never = () => Promise.reject(new Error('asked about cases already on the device'));

describe('restoring a backup into the device', () => {
  it('stores every case and every evidence file, field for field and hash for hash', async () => {
    const cases = await readBack(4);
    const outcome = await importCheckedCases(db, cases, { decide: never });
    expect(outcome).toMatchObject({
      status: 'restored',
      added: 4,
      replaced: 0,
      copied: 0,
      skipped: 0,
      files: 4,
    });
    const repository = createCaseRepository(db);
    for (const read of cases) expect((await repository.loadCase(read.case.id))?.case).toEqual(read.case);
    const expected = cases.flatMap((c) =>
      c.evidence.map((e) => ({ id: e.id, caseId: c.case.id, sha256: e.sha256 })),
    );
    expect(await storedFiles()).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('asks once about all the cases already here, and applies the choice to each', async () => {
    const cases = await readBack(3);
    await importCheckedCases(db, cases.slice(0, 2), { decide: never });
    const asked: string[][] = [];
    const decide = (choice: RestoreChoice) => (existing: { id: string }[]) => {
      asked.push(existing.map((e) => e.id));
      return Promise.resolve(choice);
    };

    const before = await snapshot();
    expect(await importCheckedCases(db, cases, { decide: decide('cancel') })).toEqual({
      status: 'cancelled',
    });
    expect(await snapshot()).toBe(before);
    expect(asked).toEqual([cases.slice(0, 2).map((c) => c.case.id)]);

    const skipped = await importCheckedCases(db, cases, { decide: decide('skip') });
    expect(skipped).toMatchObject({ added: 1, skipped: 2, caseIds: [cases[2]!.case.id] });
    expect(await db.cases.count()).toBe(3);

    let n = 0;
    const copies = await importCheckedCases(db, cases, {
      decide: decide('keep_both'),
      newId: () => `copy_${(n += 1)}`,
    });
    expect(copies).toMatchObject({ added: 0, copied: 3 });
    expect(await db.cases.count()).toBe(6);
    // The copies' files have their own ids, and the originals' are untouched.
    const files = await storedFiles();
    expect(files.filter((f) => f.caseId.startsWith('copy_'))).toHaveLength(3);
    for (const c of cases)
      for (const e of c.evidence)
        expect(files.find((f) => f.id === e.id)).toEqual({ id: e.id, caseId: c.case.id, sha256: e.sha256 });
    expect(asked).toHaveLength(3);
  });

  it('replace: the device’s case becomes the backup’s, and its files no longer described are removed', async () => {
    const [original] = await readBack(2).then((cases) => cases.slice(1));
    await importCheckedCases(db, [original!], { decide: never });
    const edited = {
      ...original!,
      case: { ...original!.case, title: 'Renamed', evidence: original!.case.evidence.slice(0, 1) },
      evidence: original!.evidence.slice(0, 1),
    };
    const outcome = await importCheckedCases(db, [edited], { decide: () => Promise.resolve('replace') });
    expect(outcome).toMatchObject({ replaced: 1, added: 0 });
    expect((await createCaseRepository(db).loadCase(edited.case.id))?.case).toEqual(edited.case);
    expect((await storedFiles()).map((f) => f.id)).toEqual([edited.evidence[0]!.id]);
  });

  it('never overwrites another case’s evidence file with the same record id', async () => {
    // casesWithEvidence gives every case a record `ev_1`: the second and later get new ids for theirs.
    const raw = await readBackupBundle(
      await writeBackupBundle({ cases: await casesWithEvidence(2), passphrase: null }),
    );
    if (!raw.ok) throw new Error('refused');
    let n = 0;
    await importCheckedCases(db, raw.cases, { decide: never, newId: () => `new_${(n += 1)}` });
    const [first, second] = raw.cases;
    expect(await storedFiles()).toEqual([
      { id: 'ev_1', caseId: first!.case.id, sha256: first!.evidence[0]!.sha256 },
      { id: 'ev_2', caseId: second!.case.id, sha256: second!.evidence[1]!.sha256 },
      { id: 'new_1', caseId: second!.case.id, sha256: second!.evidence[0]!.sha256 },
    ]);
    expect(
      (await createCaseRepository(db).loadCase(second!.case.id))?.case.evidence.map((e) => e.id),
    ).toEqual(['new_1', 'ev_2']);
  });

  it('one transaction: when a file cannot be written, no case of the backup is kept', async () => {
    const cases = await readBack(3);
    const before = await snapshot();
    const table = db.evidenceFiles as unknown as { bulkPut: (...args: unknown[]) => Promise<unknown> };
    const original = table.bulkPut.bind(table);
    table.bulkPut = () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
    await expect(importCheckedCases(db, cases, { decide: never })).rejects.toMatchObject({
      name: 'StorageError',
    });
    table.bulkPut = original;
    expect(await snapshot()).toBe(before);
  });

  it('a refused backup (wrong passphrase) leaves the device exactly as it was', async () => {
    await importCheckedCases(db, await readBack(1), { decide: never });
    const before = await snapshot();
    const zip = await writeBackupBundle({ cases: await casesWithEvidence(2), passphrase: PASS });
    expect(await readBackupBundle(zip, { passphrase: 'not it' })).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'wrong_passphrase' },
    });
    expect(await snapshot()).toBe(before);
  });

  it('hostile or broken backups (fast-check, fixed seed): each refused leaves the device exactly as it was', async () => {
    await importCheckedCases(db, await readBack(2), { decide: never });
    const before = await snapshot();
    const zip = await writeBackupBundle({ cases: await casesWithEvidence(3), passphrase: PASS });
    const mutation = fc.record({
      flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { maxLength: 4 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      passphrase: fc.constantFrom(PASS, 'ocean', ''),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async ({ flips, cut, passphrase }) => {
        let bytes = zip.slice();
        for (const flip of flips) {
          const i = flip.at % bytes.length;
          bytes[i] = (bytes[i] ?? 0) ^ flip.xor;
        }
        if (cut !== undefined) bytes = bytes.slice(0, cut % bytes.length);
        const read = await readBackupBundle(bytes, { passphrase });
        if (read.ok) return;
        refused += 1;
        expect(await snapshot()).toBe(before);
      }),
      { seed: 20261202, numRuns: propertyRuns(50) },
    );
    expect(refused).toBeGreaterThan(propertyRuns(50) / 2);
  });
});
