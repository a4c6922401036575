/**
 * Seals the rows an older version of the app stored in plain text (cases before database version 3, and evidence
 * files as attached), once, on the first use of the database after the upgrade. Each row is sealed outside any
 * transaction, then written only if it is still the same plain row (another tab may have sealed or deleted it
 * meanwhile). A row that cannot be sealed stays as it was, readable, and is tried again next time: nothing is ever
 * dropped. The browser may keep the old plain copies in its files until it compacts them (README, privacy).
 */
import { ensureCaseKey, isStillCaseKey } from './case-keys';
import { encodeEvidenceRow, rowVersion, sealCasePayload } from './codec';
import type { AppDatabase, CaseRow } from './db';

async function sealCase(db: AppDatabase, row: CaseRow): Promise<void> {
  const key = await ensureCaseKey(db, row.id);
  // The payload is sealed as it is, whole: a record damaged before is kept exactly as damaged, not repaired.
  const sealed = await sealCasePayload(key, row.id, row.updatedAt, row.payload);
  const version = rowVersion(row);
  await db.transaction('rw', db.cases, db.keys, async () => {
    const current = await db.cases.get(row.id);
    if (rowVersion(current) !== version || !(await isStillCaseKey(db, row.id, key.keyId))) return;
    await db.cases.put(sealed);
  });
}

async function sealEvidence(db: AppDatabase, id: string): Promise<void> {
  const row = await db.evidenceFiles.get(id);
  if (!row || row.format !== undefined) return;
  const key = await ensureCaseKey(db, row.caseId);
  const sealed = await encodeEvidenceRow(key, row);
  await db.transaction('rw', db.evidenceFiles, db.keys, async () => {
    const current = await db.evidenceFiles.get(id);
    if (!current || current.format !== undefined || current.addedAt !== row.addedAt) return;
    if (!(await isStillCaseKey(db, row.caseId, key.keyId))) return;
    await db.evidenceFiles.put(sealed);
  });
}

/** Seals every plain case row; resolves with how many could not be sealed this time (they stay readable). */
export async function sealPlainCases(db: AppDatabase): Promise<number> {
  let failed = 0;
  const plainCases = await db.cases.filter((row) => row.format !== 'aes-gcm').toArray();
  for (const row of plainCases) {
    try {
      await sealCase(db, row);
    } catch {
      failed += 1;
    }
  }
  return failed;
}

/**
 * Seals every plain evidence file, one at a time by key, so a large file is read (and held in memory) only while it
 * is sealed; resolves with how many could not be sealed this time (they stay readable).
 */
export async function sealPlainEvidence(db: AppDatabase): Promise<number> {
  let failed = 0;
  const plainFiles = await db.evidenceFiles.filter((row) => row.format === undefined).primaryKeys();
  for (const id of plainFiles) {
    try {
      await sealEvidence(db, id);
    } catch {
      failed += 1;
    }
  }
  return failed;
}

/** Seals every plain row, cases first. */
export async function sealPlainRows(db: AppDatabase): Promise<number> {
  return (await sealPlainCases(db)) + (await sealPlainEvidence(db));
}
