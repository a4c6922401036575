/**
 * The only way into stored cases and evidence files. Reads go through restoreStoredCase (a damaged record is
 * reported on its own and left in place, never replaced); writes resolve only once IndexedDB has committed them, so
 * "saved" on screen means saved. A lost connection is reopened and the write tried once more; a full disk or
 * anything else becomes a StorageError the screens explain.
 */
import { mergeCases } from '@/lib/case/merge-cases';
import type { Case } from '@/lib/case/schema';

import { encodeCaseRow, decodeCaseRow } from './codec';
import type { AppDatabase, EvidenceFileRow } from './db';
import { restoreStoredCase, type StoredCase } from './restore-case';
import { classifyStorageError, StorageError } from './storage-error';
import { tellOtherTabs } from './tab-channel';

export type CaseSummary =
  | { id: string; isDamaged: false; title: string | null; createdAt: string; updatedAt: string }
  | { id: string; isDamaged: true; reason: string; updatedAt: string };

const CURRENT_CASE_KEY = 'current_case_id';

export type CaseRepository = ReturnType<typeof createCaseRepository>;

/** Makes a repository over one database. */
export function createCaseRepository(db: AppDatabase) {
  async function write<T>(operation: () => Promise<T>): Promise<T> {
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
      return rows.map((row): CaseSummary => {
        const restored = restoreStoredCase(decodeCaseRow(row));
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
      const restored = restoreStoredCase(decodeCaseRow(row));
      return restored.ok ? restored.value : null;
    },

    /**
     * Saves changes to a case that is already stored, merged with whatever another tab stored meanwhile (both
     * changed from `base`, the version this tab last read or wrote; lib/case/merge-cases.ts). Resolves with the case
     * as stored once the write is committed. A case that is no longer stored was deleted (in another tab, or by
     * "delete everything"): it is never written back, and the error says so (code 'deleted').
     */
    async saveChanges(mine: StoredCase, base: Case): Promise<Case> {
      return write(() =>
        db.transaction('rw', db.cases, db.settings, async () => {
          const row = await db.cases.get(mine.case.id);
          if (!row) throw new StorageError('deleted');
          const stored = restoreStoredCase(decodeCaseRow(row));
          const merged = stored.ok ? mergeCases(base, mine.case, stored.value.case) : mine.case;
          await db.cases.put(encodeCaseRow({ case: merged, session: mine.session }));
          await db.settings.put({ key: CURRENT_CASE_KEY, value: merged.id });
          return merged;
        }),
      );
    },

    /** Saves a case whole, creating it if it is new; resolves once the write is committed. */
    async saveCase(stored: StoredCase): Promise<void> {
      const row = encodeCaseRow(stored);
      await write(() =>
        db.transaction('rw', db.cases, db.settings, async () => {
          await db.cases.put(row);
          await db.settings.put({ key: CURRENT_CASE_KEY, value: row.id });
        }),
      );
    },

    /** Deletes a case and every evidence file attached to it, in one transaction. */
    async deleteCase(id: string): Promise<void> {
      await write(() =>
        db.transaction('rw', db.cases, db.evidenceFiles, db.settings, async () => {
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

    /** Stores an evidence file exactly as given. */
    async putEvidenceFile(file: EvidenceFileRow): Promise<void> {
      await write(() => db.transaction('rw', db.evidenceFiles, async () => db.evidenceFiles.put(file)));
    },

    async getEvidenceFile(id: string): Promise<EvidenceFileRow | undefined> {
      return write(() => db.evidenceFiles.get(id));
    },

    async deleteEvidenceFile(id: string): Promise<void> {
      await write(() => db.transaction('rw', db.evidenceFiles, async () => db.evidenceFiles.delete(id)));
    },

    async listEvidenceFiles(caseId: string): Promise<EvidenceFileRow[]> {
      return write(() => db.evidenceFiles.where('caseId').equals(caseId).toArray());
    },

    async getSetting(key: string): Promise<unknown> {
      return (await write(() => db.settings.get(key)))?.value;
    },

    async putSetting(key: string, value: unknown): Promise<void> {
      await write(() => db.transaction('rw', db.settings, async () => db.settings.put({ key, value })));
    },
  };
}
