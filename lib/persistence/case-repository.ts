/**
 * The only way into stored cases and evidence files. Everything is sealed with the case's own data key before it is
 * written (codec.ts, case-keys.ts) and opened after it is read; rows an older version stored in plain text are
 * sealed on first use (seal-plain-rows.ts). Reads go through restoreStoredCase (a damaged record, or one that can no
 * longer be opened, is reported on its own and left in place, never replaced); writes resolve only once IndexedDB
 * has committed them, so "saved" on screen means saved. A lost connection is reopened and the write tried once
 * more; a full disk or anything else becomes a StorageError the screens explain.
 */
import { mergeCases } from '@/lib/case/merge-cases';
import type { Case } from '@/lib/case/schema';

import { ensureCaseKey, isStillCaseKey, readCaseKey } from './case-keys';
import {
  decodeEvidenceRow,
  encodeCaseRow,
  encodeEvidenceRow,
  readCaseRow,
  restoreCaseRow,
  rowVersion,
} from './codec';
import type { AppDatabase, EvidenceFileRow, KeyRow } from './db';
import type { RestoreResult, StoredCase } from './restore-case';
import { sealPlainCases, sealPlainEvidence } from './seal-plain-rows';
import { classifyStorageError, StorageError } from './storage-error';
import { tellOtherTabs } from './tab-channel';

export type CaseSummary =
  | { id: string; isDamaged: false; title: string | null; createdAt: string; updatedAt: string }
  | { id: string; isDamaged: true; reason: string; updatedAt: string };

const CURRENT_CASE_KEY = 'current_case_id';

/**
 * How many times a write seals again when the row (or the case's key) changed between sealing and writing (another
 * tab wrote meanwhile). Each try takes a few milliseconds; more than a handful in a row means something is wrong.
 */
const MAX_SEAL_ATTEMPTS = 8;

/** A stored version of a case: what identifies it, its content (null when it cannot be read), and its key. */
type Latest = { version: string; case: Case | null; key: KeyRow };

export type CaseRepository = ReturnType<typeof createCaseRepository>;

/** Makes a repository over one database. */
export function createCaseRepository(db: AppDatabase) {
  let sealing: Promise<void> | null = null;
  // Cases left in plain text by an older version are sealed before anything else is read or written here; their
  // evidence files (perhaps large) are sealed after, in the background: a plain file still reads as it is.
  const sealedBefore = () =>
    (sealing ??= sealPlainCases(db).then(
      () => void sealPlainEvidence(db).catch(() => undefined),
      () => undefined,
    ));

  // The stored version of each case this repository last wrote or read, with its content and key (saveChanges).
  const known = new Map<string, Latest>();

  /** Reads a case's row and key and opens the row; a missing key is made (for an older plain row). */
  async function readLatest(id: string): Promise<Latest> {
    // Read one after the other: the write that follows checks, in its own transaction, that neither changed.
    const row = await db.cases.get(id);
    const keyRow = await readCaseKey(db, id);
    if (!row) throw new StorageError('deleted');
    const restored = await restoreCaseRow(keyRow, row);
    const key = keyRow ?? (await ensureCaseKey(db, id));
    return { version: rowVersion(row), case: restored.ok ? restored.value.case : null, key };
  }

  async function write<T>(operation: () => Promise<T>): Promise<T> {
    await sealedBefore();
    try {
      return await operation();
    } catch (error) {
      const code = classifyStorageError(error);
      if (code !== 'connection_lost')
        throw error instanceof StorageError ? error : new StorageError(code, error);
      try {
        if (!db.isOpen()) await db.open();
        return await operation();
      } catch (retryError) {
        throw new StorageError(classifyStorageError(retryError), retryError);
      }
    }
  }

  return {
    /** Every case on the device, newest first; damaged ones are listed as damaged, not hidden or deleted. */
    async listCases(): Promise<CaseSummary[]> {
      const rows = await write(() => db.cases.orderBy('updatedAt').reverse().toArray());
      const restoredRows = await Promise.all(rows.map((row) => readCaseRow(db, row)));
      return rows.map((row, index): CaseSummary => {
        const restored = restoredRows[index] ?? { ok: false, id: row.id, reason: 'unknown_format' };
        if (!restored.ok)
          return { id: row.id, isDamaged: true, reason: restored.reason, updatedAt: row.updatedAt };
        const c = restored.value.case;
        return {
          id: c.id,
          isDamaged: false,
          title: c.title ?? null,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        };
      });
    },

    /** One case and where the person was, or null when it is missing or damaged. */
    async loadCase(id: string): Promise<StoredCase | null> {
      const row = await write(() => db.cases.get(id));
      if (!row) return null;
      const key = await readCaseKey(db, id);
      const restored = await restoreCaseRow(key, row);
      if (restored.ok && key) known.set(id, { version: rowVersion(row), case: restored.value.case, key });
      return restored.ok ? restored.value : null;
    },

    /** Every stored case, each read through the same gate (the figures count them; damaged ones are reported). */
    async loadAllCases(): Promise<RestoreResult[]> {
      const rows = await write(() => db.cases.toArray());
      return Promise.all(rows.map((row) => readCaseRow(db, row)));
    },

    /**
     * Saves changes to a case that is already stored, merged with whatever another tab stored meanwhile (both
     * changed from `base`, the version this tab last read or wrote; lib/case/merge-cases.ts). Resolves with the case
     * as stored once the write is committed. A case that is no longer stored was deleted (in another tab, or by
     * "delete everything"): it is never written back, and the error says so (code 'deleted').
     */
    async saveChanges(mine: StoredCase, base: Case): Promise<Case> {
      const id = mine.case.id;
      return write(async () => {
        // What this tab last wrote or read: while the stored row is still that one, nothing needs opening first.
        let latest = known.get(id) ?? null;
        for (let attempt = 0; attempt < MAX_SEAL_ATTEMPTS; attempt++) {
          latest ??= await readLatest(id);
          const merged = latest.case ? mergeCases(base, mine.case, latest.case) : mine.case;
          const { key, version } = latest;
          const sealed = await encodeCaseRow(key, { case: merged, session: mine.session });
          const isSaved = await db.transaction('rw', db.cases, db.settings, db.keys, async () => {
            const current = await db.cases.get(id);
            if (!current) throw new StorageError('deleted');
            if (rowVersion(current) !== version || !(await isStillCaseKey(db, id, key.keyId))) return false;
            await db.cases.put(sealed);
            await db.settings.put({ key: CURRENT_CASE_KEY, value: id });
            return true;
          });
          if (isSaved) {
            known.set(id, { version: rowVersion(sealed), case: merged, key });
            return merged;
          }
          known.delete(id);
          latest = null;
        }
        throw new StorageError('unknown');
      });
    },

    /** Saves a case whole, creating it if it is new; resolves once the write is committed. */
    async saveCase(stored: StoredCase): Promise<void> {
      const id = stored.case.id;
      await write(async () => {
        for (let attempt = 0; attempt < MAX_SEAL_ATTEMPTS; attempt++) {
          const key = await ensureCaseKey(db, id);
          const row = await encodeCaseRow(key, stored);
          const isSaved = await db.transaction('rw', db.cases, db.settings, db.keys, async () => {
            if (!(await isStillCaseKey(db, id, key.keyId))) return false;
            await db.cases.put(row);
            await db.settings.put({ key: CURRENT_CASE_KEY, value: id });
            return true;
          });
          if (isSaved) {
            known.set(id, { version: rowVersion(row), case: stored.case, key });
            return;
          }
        }
        throw new StorageError('unknown');
      });
    },

    /**
     * Deletes a case and every evidence file attached to it, in one transaction that deletes the case's key first:
     * whatever copies of its rows the browser's files still hold can no longer be opened (crypto-shredding).
     */
    async deleteCase(id: string): Promise<void> {
      await write(() =>
        db.transaction('rw', db.keys, db.cases, db.evidenceFiles, db.settings, async () => {
          known.delete(id);
          await db.keys.delete(id);
          await db.evidenceFiles.where('caseId').equals(id).delete();
          await db.cases.delete(id);
          const current = await db.settings.get(CURRENT_CASE_KEY);
          if (current?.value === id) await db.settings.delete(CURRENT_CASE_KEY);
        }),
      );
      tellOtherTabs({ type: 'case_deleted', caseId: id });
    },

    /** The case the person last worked on, if it still exists. */
    async getCurrentCaseId(): Promise<string | null> {
      const row = await write(() => db.settings.get(CURRENT_CASE_KEY));
      return typeof row?.value === 'string' ? row.value : null;
    },

    /** Stores an evidence file exactly as given, sealed in pieces under its case's key. */
    async putEvidenceFile(file: EvidenceFileRow): Promise<void> {
      await write(async () => {
        for (let attempt = 0; attempt < MAX_SEAL_ATTEMPTS; attempt++) {
          const key = await ensureCaseKey(db, file.caseId);
          const row = await encodeEvidenceRow(key, file);
          const isSaved = await db.transaction('rw', db.evidenceFiles, db.keys, async () => {
            if (!(await isStillCaseKey(db, file.caseId, key.keyId))) return false;
            await db.evidenceFiles.put(row);
            return true;
          });
          if (isSaved) return;
        }
        throw new StorageError('unknown');
      });
    },

    /** An evidence file as attached, or undefined; one that can no longer be opened throws DamagedRecordError. */
    async getEvidenceFile(id: string): Promise<EvidenceFileRow | undefined> {
      const row = await write(() => db.evidenceFiles.get(id));
      return row ? decodeEvidenceRow(db, row) : undefined;
    },

    async deleteEvidenceFile(id: string): Promise<void> {
      await write(() => db.transaction('rw', db.evidenceFiles, async () => db.evidenceFiles.delete(id)));
    },

    /** A case's evidence files as attached; one that can no longer be opened throws DamagedRecordError. */
    async listEvidenceFiles(caseId: string): Promise<EvidenceFileRow[]> {
      const rows = await write(() => db.evidenceFiles.where('caseId').equals(caseId).toArray());
      const files: EvidenceFileRow[] = [];
      for (const row of rows) files.push(await decodeEvidenceRow(db, row));
      return files;
    },

    async getSetting(key: string): Promise<unknown> {
      return (await write(() => db.settings.get(key)))?.value;
    },

    async putSetting(key: string, value: unknown): Promise<void> {
      await write(() => db.transaction('rw', db.settings, async () => db.settings.put({ key, value })));
    },
  };
}
