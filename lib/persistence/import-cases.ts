/**
 * Restoring many cases at once (a backup, lib/bundle/read-backup.ts): every case and its evidence files written in
 * ONE transaction, so that on any failure nothing of the restore is kept. The cases already on the device are
 * the person's choice, once for all of them: replace them, keep both (the backup's become separate copies), or
 * skip them (keep the device's, add only the others); or cancel. Like a single import (import-case.ts), an
 * evidence record id already used by another case's file, or by another case of the same backup, gets a new id,
 * so a restore never overwrites someone else's evidence.
 */
import { asSeparateCopy } from '@/lib/case/import-case';
import type { Case } from '@/lib/case/schema';
import { createEmptySession } from '@/lib/store/session';

import { isStillCaseKey, prepareCaseKey, readCaseKey } from './case-keys';
import { createCaseRepository } from './case-repository';
import { encodeCaseRow, encodeEvidenceRow, readEvidenceSha256 } from './codec';
import type { AppDatabase, CaseRow, KeyRow, StoredEvidenceRow, StoredKeyRow } from './db';
import type { ExistingCase, ImportedEvidenceFile } from './import-case';
import { classifyStorageError, StorageError } from './storage-error';

/** What to do with the cases the device already holds, for all of them at once. */
export type RestoreChoice = 'replace' | 'keep_both' | 'skip' | 'cancel';

/** One case that passed every check, with its evidence files. */
export type CheckedCase = { case: Case; migratedFrom?: number; evidence: readonly ImportedEvidenceFile[] };

export type RestoreOutcome =
  | {
      status: 'restored';
      /** Ids of the cases written (copies under their new ids). */
      caseIds: string[];
      added: number;
      replaced: number;
      copied: number;
      skipped: number;
      files: number;
    }
  | { status: 'cancelled' };

/** The cases of `ids` already on this device, as the person will recognise them (damaged ones without a title). */
export async function findExistingCases(db: AppDatabase, ids: readonly string[]): Promise<ExistingCase[]> {
  const rows = await db.cases.bulkGet([...ids]);
  const repository = createCaseRepository(db);
  const existing: ExistingCase[] = [];
  for (const row of rows) {
    if (!row) continue;
    const stored = await repository.loadCase(row.id);
    existing.push({
      id: row.id,
      title: stored?.case.title ?? null,
      createdAt: stored?.case.createdAt ?? null,
    });
  }
  return existing;
}

/**
 * Writes checked cases and their evidence files in one transaction. `decide` is asked once, only when some of the
 * cases are already on the device. Throws a StorageError when the write fails; then nothing was written.
 */
export async function importCheckedCases(
  db: AppDatabase,
  cases: readonly CheckedCase[],
  options: {
    decide: (existing: ExistingCase[]) => Promise<RestoreChoice>;
    newId?: () => string;
    now?: Date;
  },
): Promise<RestoreOutcome> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const existing = await findExistingCases(
    db,
    cases.map((c) => c.case.id),
  );
  const existingIds = new Set(existing.map((e) => e.id));
  const choice = existing.length > 0 ? await options.decide(existing) : null;
  if (choice === 'cancel') return { status: 'cancelled' };

  // Evidence record ids are keys of the files table: find those other cases' files already use.
  const recordIds = cases.flatMap((c) => c.case.evidence.map((e) => e.id));
  const taken = await db.evidenceFiles.bulkGet(recordIds);
  const ownerOf = new Map(taken.flatMap((f) => (f ? [[f.id, f.caseId] as const] : [])));
  const usedHere = new Set<string>();

  // Sealing (Web Crypto) happens before the transaction opens: it is not part of IndexedDB's transactions.
  const rows: { row: CaseRow; isReplace: boolean; key: KeyRow; newKey: StoredKeyRow | null }[] = [];
  const fileRows: StoredEvidenceRow[] = [];
  const dropped: string[] = [];
  const addedAt = (options.now ?? new Date()).toISOString();
  let skipped = 0;
  let copied = 0;
  for (const read of cases) {
    const isOnDevice = existingIds.has(read.case.id);
    if (isOnDevice && choice === 'skip') {
      skipped += 1;
      continue;
    }
    const isCopy = isOnDevice && choice === 'keep_both';
    if (isCopy) copied += 1;
    let incoming = isCopy ? asSeparateCopy(read.case, newId) : read.case;
    incoming = {
      ...incoming,
      evidence: incoming.evidence.map((e) => {
        const owner = ownerOf.get(e.id);
        const clash = (owner !== undefined && owner !== incoming.id) || usedHere.has(e.id);
        const id = clash ? newId() : e.id;
        usedHere.add(id);
        return clash ? { ...e, id } : e;
      }),
    };
    const isReplace = isOnDevice && choice === 'replace';
    // A replaced case keeps its key; any other gets a new one, added with it in the transaction.
    const existingKey = isReplace ? await readCaseKey(db, incoming.id) : null;
    const prepared = existingKey ? null : await prepareCaseKey(db, incoming.id);
    const key: KeyRow | undefined = existingKey ?? prepared?.key;
    if (!key) throw new StorageError('unknown');
    rows.push({
      row: await encodeCaseRow(key, { case: incoming, session: createEmptySession() }),
      isReplace,
      key,
      newKey: prepared?.stored ?? null,
    });
    if (isReplace) {
      // The replaced case's files stay only where the restored case still describes the same file (their
      // fingerprints are sealed: read them now). One that cannot be opened is left as it is.
      const kept = new Map(incoming.evidence.map((e) => [e.id, e.sha256]));
      for (const f of await db.evidenceFiles.where('caseId').equals(incoming.id).toArray()) {
        const sha256 = await readEvidenceSha256(db, f);
        if (sha256 !== null && kept.get(f.id) !== sha256) dropped.push(f.id);
      }
    }
    // The records keep their order, so the files follow their records to new ids.
    const newIdOf = new Map(read.case.evidence.map((e, i) => [e.id, incoming.evidence[i]?.id ?? e.id]));
    for (const file of read.evidence) {
      const record = read.case.evidence.find((e) => e.id === file.id);
      const bytes = new Uint8Array(file.bytes);
      fileRows.push(
        await encodeEvidenceRow(key, {
          id: newIdOf.get(file.id) ?? file.id,
          caseId: incoming.id,
          blob: new Blob([bytes], { type: record?.mimeType ?? 'application/octet-stream' }),
          sha256: file.sha256,
          sizeBytes: bytes.length,
          addedAt,
        }),
      );
    }
  }

  try {
    await db.transaction('rw', db.cases, db.evidenceFiles, db.keys, async () => {
      if (dropped.length > 0) await db.evidenceFiles.bulkDelete(dropped);
      for (const { row, isReplace, key, newKey } of rows) {
        if (newKey) await db.keys.add(newKey);
        else if (!(await isStillCaseKey(db, row.id, key.keyId))) throw new StorageError('deleted');
        if (isReplace) {
          await db.cases.put(row);
        } else {
          // add, not put: a case stored meanwhile with the same id (another tab) is never overwritten unasked.
          await db.cases.add(row);
        }
      }
      if (fileRows.length > 0) await db.evidenceFiles.bulkPut(fileRows);
    });
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(classifyStorageError(error), error);
  }
  const replaced = rows.filter((r) => r.isReplace).length;
  return {
    status: 'restored',
    caseIds: rows.map((r) => r.row.id),
    added: rows.length - replaced - copied,
    replaced,
    copied,
    skipped,
    files: fileRows.length,
  };
}
