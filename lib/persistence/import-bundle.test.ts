import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';
import { importCheckedCase } from './import-case';
import { snapshotTables } from './testing';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import { readHandoverBundle } from '@/lib/bundle/read-bundle';
import { caseWithEvidence } from '@/lib/bundle/testing';
import { writeHandoverBundle } from '@/lib/bundle/write-bundle';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `bundle-import-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

async function snapshot(): Promise<string> {
  return snapshotTables(db, ['cases', 'evidenceFiles', 'keys']);
}

const never = () => Promise.reject(new Error('asked about a duplicate'));

async function storedHash(id: string): Promise<string | null> {
  const row = await createCaseRepository(db).getEvidenceFile(id);
  return row ? sha256Hex(new Uint8Array(await row.blob.arrayBuffer())) : null;
}

describe('importing a handover bundle into the device', () => {
  it('stores the case and its evidence files, with the same hashes, in one go', async () => {
    const { caseData, evidence } = await caseWithEvidence();
    const zip = await writeHandoverBundle({ caseData, evidence, passphrase: PASS });
    const read = await readHandoverBundle(zip, { passphrase: PASS });
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    const outcome = await importCheckedCase(db, read, read.evidence, { decide: never });
    expect(outcome).toMatchObject({
      status: 'imported',
      caseId: caseData.id,
      replaced: false,
      copied: false,
    });
    const stored = await createCaseRepository(db).loadCase(caseData.id);
    expect(stored?.case).toEqual(caseData);
    for (const file of evidence) {
      expect(await storedHash(file.id)).toBe(file.sha256);
      expect((await db.evidenceFiles.get(file.id))?.caseId).toBe(caseData.id);
    }
  });

  it('keeps both: the copy has its own evidence ids, and its files follow them', async () => {
    const { caseData, evidence } = await caseWithEvidence(['a.png']);
    const zip = await writeHandoverBundle({ caseData, evidence, passphrase: null });
    const read = await readHandoverBundle(zip);
    if (!read.ok) throw new Error('refused');
    await importCheckedCase(db, read, read.evidence, { decide: never });
    let n = 0;
    const outcome = await importCheckedCase(db, read, read.evidence, {
      decide: () => Promise.resolve('keep_both'),
      newId: () => `copy_${(n += 1)}`,
    });
    expect(outcome).toMatchObject({ status: 'imported', copied: true, caseId: 'copy_1' });
    expect(await storedHash('copy_2')).toBe(evidence[0]!.sha256);
    expect((await db.evidenceFiles.get('copy_2'))?.caseId).toBe('copy_1');
    expect((await db.evidenceFiles.get('ev_1'))?.caseId).toBe(caseData.id);
  });

  it('never overwrites another case’s evidence file that has the same record id', async () => {
    const first = await caseWithEvidence(['a.png'], '11111111-2222-4333-8444-000000000001');
    const other = await caseWithEvidence(['b.png', 'c.png'], '11111111-2222-4333-8444-000000000002');
    for (const { caseData, evidence } of [first, other]) {
      const read = await readHandoverBundle(
        await writeHandoverBundle({ caseData, evidence, passphrase: null }),
      );
      if (!read.ok) throw new Error('refused');
      await importCheckedCase(db, read, read.evidence, { decide: never, newId: () => 'renamed_1' });
    }
    // Both cases used `ev_1`: the first keeps its file, the second's got a new id.
    expect(await storedHash('ev_1')).toBe(first.evidence[0]!.sha256);
    expect(await storedHash('renamed_1')).toBe(other.evidence[0]!.sha256);
    const second = await createCaseRepository(db).loadCase(other.caseData.id);
    expect(second?.case.evidence.map((e) => e.id)).toEqual(['renamed_1', 'ev_2']);
  });

  it('one transaction: when writing an evidence file fails, the case is not kept either', async () => {
    const { caseData, evidence } = await caseWithEvidence();
    const read = await readHandoverBundle(
      await writeHandoverBundle({ caseData, evidence, passphrase: null }),
    );
    if (!read.ok) throw new Error('refused');
    const before = await snapshot();
    const table = db.evidenceFiles as unknown as { bulkPut: (...args: unknown[]) => Promise<unknown> };
    const original = table.bulkPut.bind(table);
    table.bulkPut = () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
    await expect(importCheckedCase(db, read, read.evidence, { decide: never })).rejects.toMatchObject({
      name: 'StorageError',
    });
    table.bulkPut = original;
    expect(await snapshot()).toBe(before);
    expect(await db.cases.count()).toBe(0);
  });

  it('a refused bundle (wrong passphrase) leaves the device exactly as it was', async () => {
    const { caseData, evidence } = await caseWithEvidence();
    const zip = await writeHandoverBundle({ caseData, evidence, passphrase: PASS });
    const before = await snapshot();
    const read = await readHandoverBundle(zip, { passphrase: 'not it' });
    expect(read).toEqual({ ok: false, refusal: { kind: 'bundle', code: 'wrong_passphrase' } });
    expect(await snapshot()).toBe(before);
  });
});
