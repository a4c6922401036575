import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { clearAllData } from './clear-all-data';
import { createDatabase, DB_NAME } from './db';
import { makeStoredCase } from './testing';

describe('delete everything', () => {
  it('deletes the keys (case keys and the root key) first, then the records, then the whole database', async () => {
    const db = createDatabase(DB_NAME);
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: 'to be deleted' });
    await repo.saveCase(stored);
    await repo.putEvidenceFile({
      id: 'ev_1',
      caseId: stored.case.id,
      blob: new Blob(['photo']),
      sha256: 'a'.repeat(64),
      sizeBytes: 5,
      addedAt: '2026-11-20T10:00:00.000Z',
    });
    const steps: string[] = [];
    const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      const tables = args
        .slice(1, -1)
        .map((t) => (t as { name: string }).name)
        .sort();
      steps.push(tables.join('+'));
      return original(...args);
    };
    await clearAllData(db);
    expect(steps).toEqual(['keys+vault', 'cases+evidenceFiles+settings']);
    expect(await Dexie.exists(DB_NAME)).toBe(false);
  });
});
