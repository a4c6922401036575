import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';
import { StorageError } from './storage-error';
import { makeStoredCase } from './testing';

let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `test-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('the case repository', () => {
  it('saves a case and reads it back with the step the person was on', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: 'They said they were from the bank.', country: 'PT' });
    await repo.saveCase(stored);
    expect(await repo.loadCase(stored.case.id)).toEqual(stored);
    expect(await repo.getCurrentCaseId()).toBe(stored.case.id);
  });

  it('lists several cases newest first, and renames by saving a title', async () => {
    const repo = createCaseRepository(db);
    const older = makeStoredCase({}, '2026-11-01T10:00:00.000Z');
    const newer = makeStoredCase({}, '2026-11-02T10:00:00.000Z');
    await repo.saveCase(older);
    await repo.saveCase(newer);
    await repo.saveCase({
      ...older,
      case: { ...older.case, title: 'Case for Ana', updatedAt: '2026-11-03T10:00:00.000Z' },
    });
    const list = await repo.listCases();
    expect(list.map((c) => c.id)).toEqual([older.case.id, newer.case.id]);
    expect(list[0]).toMatchObject({ isDamaged: false, title: 'Case for Ana' });
  });

  it('deletes a case together with its evidence files, and only those', async () => {
    const repo = createCaseRepository(db);
    const a = makeStoredCase();
    const b = makeStoredCase();
    await repo.saveCase(a);
    await repo.saveCase(b);
    const file = (id: string, caseId: string) => ({
      id,
      caseId,
      blob: new Blob(['x']),
      sha256: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
      sizeBytes: 1,
      addedAt: '2026-11-20T10:00:00.000Z',
    });
    await repo.putEvidenceFile(file('e1', a.case.id));
    await repo.putEvidenceFile(file('e2', b.case.id));
    await repo.deleteCase(a.case.id);
    expect(await repo.loadCase(a.case.id)).toBeNull();
    expect(await repo.listEvidenceFiles(a.case.id)).toEqual([]);
    expect((await repo.listEvidenceFiles(b.case.id)).map((f) => f.id)).toEqual(['e2']);
    expect(await repo.loadCase(b.case.id)).not.toBeNull();
  });

  it('two tabs (two repositories) saving changes in turn keep every answer, each merging what the other stored', async () => {
    const a = createCaseRepository(db);
    const b = createCaseRepository(db);
    const stored = makeStoredCase();
    await a.saveCase(stored);
    expect(await b.loadCase(stored.case.id)).toEqual(stored);
    const withAnswer = (base: typeof stored.case, id: string, value: string) => ({
      ...stored,
      case: { ...base, answers: { ...base.answers, [id]: value } },
    });
    const afterA = await a.saveChanges(withAnswer(stored.case, 'in_danger_now', 'no'), stored.case);
    const afterB = await b.saveChanges(withAnswer(stored.case, 'money_sent', 'yes'), stored.case);
    expect(afterB.answers).toMatchObject({ in_danger_now: 'no', money_sent: 'yes' });
    const afterA2 = await a.saveChanges(withAnswer(afterA, 'contact_platform', 'site'), afterA);
    expect(afterA2.answers).toMatchObject({
      in_danger_now: 'no',
      money_sent: 'yes',
      contact_platform: 'site',
    });
    expect((await createCaseRepository(db).loadCase(stored.case.id))?.case).toEqual(afterA2);
  });

  it('reports one damaged record without hiding, replacing or deleting it, and loads the others', async () => {
    const repo = createCaseRepository(db);
    const good = makeStoredCase({ account: 'good one' });
    await repo.saveCase(good);
    const damaged = {
      id: 'broken-1',
      updatedAt: '2026-11-21T00:00:00.000Z',
      format: 'plain' as const,
      payload: { case: { id: 'broken-1', payments: 'lots' } },
    };
    await db.cases.put(damaged);
    const list = await repo.listCases();
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === 'broken-1')).toMatchObject({ isDamaged: true });
    expect(await repo.loadCase('broken-1')).toBeNull();
    expect((await repo.loadCase(good.case.id))?.case.account).toBe('good one');
    expect(await db.cases.get('broken-1')).toEqual(damaged);
  });

  it('reopens a lost connection and finishes the write: 1,000 saves with a failure injected in one of ten', async () => {
    const repo = createCaseRepository(db);
    const original = db.transaction.bind(db);
    let calls = 0;
    // Every tenth transaction fails as a lost connection does in the field.
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      calls += 1;
      if (calls % 10 === 0) {
        db.close();
        throw Object.assign(new Error('Connection to Indexed Database server lost'), {
          name: 'DatabaseClosedError',
        });
      }
      return (original as (...a: unknown[]) => unknown)(...args);
    };
    const saved: string[] = [];
    const failed: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const stored = makeStoredCase({ account: `entry ${i}` });
      try {
        await repo.saveCase(stored);
        saved.push(stored.case.id);
      } catch (error) {
        expect(error).toBeInstanceOf(StorageError);
        failed.push(stored.case.id);
      }
    }
    (db as unknown as { transaction: unknown }).transaction = original;
    expect(saved.length + failed.length).toBe(1000);
    // Nothing reported as saved is missing.
    const ids = new Set(await db.cases.toCollection().primaryKeys());
    expect(saved.filter((id) => !ids.has(id))).toEqual([]);
    expect(saved.length).toBe(1000);
  });

  it('turns a full disk into a StorageError the screen can explain', async () => {
    const repo = createCaseRepository(db);
    (db as unknown as { transaction: unknown }).transaction = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    await expect(repo.saveCase(makeStoredCase())).rejects.toMatchObject({
      name: 'StorageError',
      code: 'full',
    });
  });
});
