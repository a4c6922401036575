/**
 * Importing a case file into the device's store. Everything is checked first (lib/case/import-case.ts): the size
 * before the file is read, then its depth, version and schema; a refused file is never written, not even in part.
 * A case whose id is already stored is the person's choice (replace, keep both, or cancel). The write is one
 * transaction: on any failure nothing of the import is kept.
 */
import {
  asSeparateCopy,
  checkImportSize,
  readCaseImport,
  type DuplicateChoice,
  type ImportRefusal,
} from '@/lib/case/import-case';
import type { Case } from '@/lib/case/schema';

import { encodeCaseRow, decodeCaseRow } from './codec';
import type { AppDatabase } from './db';
import { restoreStoredCase } from './restore-case';
import { EMPTY_SESSION } from '@/lib/store/session';
import { classifyStorageError, StorageError } from './storage-error';

/** A file as picked or dropped: its size is known before its text is read. */
export type ImportFile = { size: number; text: () => Promise<string> };

/** The case already on the device with the same id, as the person will recognise it. */
export type ExistingCase = { id: string; title: string | null; createdAt: string | null };

export type ImportOutcome =
  | { status: 'imported'; caseId: string; replaced: boolean; copied: boolean; migratedFrom?: number }
  | { status: 'refused'; refusal: ImportRefusal }
  | { status: 'cancelled' };

export async function importCaseFile(
  db: AppDatabase,
  file: ImportFile,
  options: { decide: (existing: ExistingCase) => Promise<DuplicateChoice>; newId?: () => string },
): Promise<ImportOutcome> {
  const bySize = checkImportSize(file.size);
  if (bySize) return { status: 'refused', refusal: bySize };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      status: 'refused',
      refusal: { kind: 'case_file', error: { path: '', code: 'unreadable', values: {} } },
    };
  }
  const read = readCaseImport(text, file.size);
  if (!read.ok) return { status: 'refused', refusal: read.refusal };

  const migrated = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
  const existingRow = await db.cases.get(read.case.id);
  let choice: DuplicateChoice | null = null;
  if (existingRow) {
    const restored = restoreStoredCase(decodeCaseRow(existingRow));
    choice = await options.decide({
      id: existingRow.id,
      title: restored.ok ? (restored.value.case.title ?? null) : null,
      createdAt: restored.ok ? restored.value.case.createdAt : null,
    });
    if (choice === 'cancel') return { status: 'cancelled' };
  }
  const incoming: Case =
    choice === 'keep_both'
      ? asSeparateCopy(read.case, options.newId ?? (() => crypto.randomUUID()))
      : read.case;
  const row = encodeCaseRow({ case: incoming, session: { ...EMPTY_SESSION, urgentSeen: [] } });

  try {
    await db.transaction('rw', db.cases, db.evidenceFiles, async () => {
      if (choice === 'replace') {
        // The evidence files of the case replaced stay only where the imported case still describes the same file.
        const kept = new Map(incoming.evidence.map((e) => [e.id, e.sha256]));
        await db.evidenceFiles
          .where('caseId')
          .equals(incoming.id)
          .filter((f) => kept.get(f.id) !== f.sha256)
          .delete();
        await db.cases.put(row);
      } else {
        // add, not put: a case stored meanwhile with the same id (another tab) is never overwritten unasked.
        await db.cases.add(row);
      }
    });
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(classifyStorageError(error), error);
  }
  return {
    status: 'imported',
    caseId: incoming.id,
    replaced: choice === 'replace',
    copied: choice === 'keep_both',
    ...migrated,
  };
}
