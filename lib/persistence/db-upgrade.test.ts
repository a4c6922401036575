import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';

import { createCaseRepository } from './case-repository';
import { decodeCaseRow } from './codec';
import { createDatabase, DB_VERSION } from './db';
import { makeStoredCase, snapshotTables } from './testing';

describe('upgrading the database from version 1', () => {
  it('keeps 1,000 answers and 50 evidence records, and every evidence file, with nothing lost, all sealed', async () => {
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
    const files = await repo.listEvidenceFiles(c.id);
    expect(files).toHaveLength(50);
    for (const f of files) expect(await f.blob.text()).toBe(f.id);
    // Everything the old version stored in plain text is now sealed: no answer, and no file, is readable.
    expect((await db.cases.get(c.id))?.format).toBe('aes-gcm');
    // Evidence files are sealed in the background after the cases.
    await vi.waitFor(async () =>
      expect((await db.evidenceFiles.toArray()).every((f) => f.format === 'aes-gcm')).toBe(true),
    );
    const raw = await snapshotTables(db, ['cases', 'evidenceFiles', 'settings', 'keys']);
    expect(raw).not.toContain('value 999');
    expect(raw).not.toContain(Buffer.from('value 999').toString('hex'));
    expect(raw).not.toContain(Buffer.from('ev_49').toString('hex'));
    expect(raw).not.toContain('Screenshot');
    db.close();
    await Dexie.delete(name);
  });
});

describe('upgrading the database from version 2 (plain envelopes)', () => {
  it('seals every case, a damaged one kept exactly as it was, and a second open changes nothing', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const stored = makeStoredCase({ account: 'marker-v2-account' });
    const damagedPayload = { case: { id: 'broken', payments: 'lots' }, note: 'marker-v2-damaged' };
    const v2 = new Dexie(name);
    v2.version(2).stores({ cases: 'id, updatedAt', evidenceFiles: 'id, caseId', settings: 'key' });
    await v2.table('cases').bulkPut([
      { id: stored.case.id, updatedAt: stored.case.updatedAt, format: 'plain', payload: stored },
      { id: 'broken', updatedAt: '2026-11-01T00:00:00.000Z', format: 'plain', payload: damagedPayload },
    ]);
    v2.close();

    const db = createDatabase(name);
    const repo = createCaseRepository(db);
    expect(await repo.loadCase(stored.case.id)).toEqual(stored);
    const list = await repo.listCases();
    expect(list.find((c) => c.id === 'broken')).toMatchObject({ isDamaged: true });
    expect(await repo.loadCase('broken')).toBeNull();
    // The damaged record is sealed as it was: opened, it is the very same payload, still damaged, never repaired.
    expect(await decodeCaseRow(db, await db.cases.get('broken'))).toEqual(damagedPayload);
    const raw = await snapshotTables(db, ['cases', 'evidenceFiles', 'settings']);
    expect(raw).not.toContain('marker-v2');
    const before = await snapshotTables(db, ['cases', 'keys']);
    db.close();

    const again = createDatabase(name);
    await createCaseRepository(again).listCases();
    expect(await snapshotTables(again, ['cases', 'keys'])).toBe(before);
    again.close();
    await Dexie.delete(name);
  });
});
