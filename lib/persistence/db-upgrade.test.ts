import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { createDatabase, DB_VERSION } from './db';
import { makeStoredCase } from './testing';

describe('upgrading the database from version 1', () => {
  it('keeps 1,000 answers and 50 evidence records, and every evidence file, with nothing lost', async () => {
    const name = `upgrade-${Math.random()}`;
    const stored = makeStoredCase();
    const answers: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) answers[`answer_${String(i).padStart(4, '0')}`] = `value ${i} – ção ñ`;
    const evidence = Array.from({ length: 50 }, (_, i) => ({
      id: `ev_${i}`,
      kind: 'screenshot' as const,
      description: `Screenshot ${i}`,
      madeAt: '2026-11-19',
      fileName: `shot-${i}.png`,
      mimeType: 'image/png',
      sizeBytes: 100 + i,
      sha256: i.toString(16).padStart(64, '0'),
    }));
    const c = { ...stored.case, answers, evidence };

    // Write the way version 1 of the app did.
    const v1 = new Dexie(name);
    v1.version(1).stores({ cases: 'id, updatedAt', evidenceFiles: 'id, caseId', settings: 'key' });
    await v1.table('cases').put({ id: c.id, updatedAt: c.updatedAt, case: c, session: stored.session });
    for (const e of evidence)
      await v1.table('evidenceFiles').put({
        id: e.id,
        caseId: c.id,
        blob: new Blob([e.id]),
        sha256: e.sha256,
        sizeBytes: 4,
        addedAt: c.createdAt,
      });
    v1.close();

    const db = createDatabase(name);
    const repo = createCaseRepository(db);
    const loaded = await repo.loadCase(c.id);
    expect(db.verno).toBe(DB_VERSION);
    expect(loaded?.case).toEqual(c);
    expect(loaded?.session).toEqual(stored.session);
    expect(Object.keys(loaded?.case.answers ?? {})).toHaveLength(1000);
    expect(await repo.listEvidenceFiles(c.id)).toHaveLength(50);
    expect((await db.cases.get(c.id))?.format).toBe('plain');
    db.close();
    await Dexie.delete(name);
  });
});
