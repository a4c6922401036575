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

import { createEmptySession } from '@/lib/store/session';

import { isStillCaseKey, prepareCaseKey, readCaseKey } from './case-keys';
import { encodeCaseRow, encodeEvidenceRow, readCaseRow, readEvidenceSha256 } from './codec';
import type { AppDatabase, StoredEvidenceRow } from './db';
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

  return importCheckedCase(db, read, [], options);
}

/** An evidence file that came with an imported case (from a bundle), already checked against its record's hash. */
export type ImportedEvidenceFile = { id: string; sha256: string; bytes: Uint8Array };

/**
 * Writes a case that has passed every check (a case file's, or a handover bundle's: lib/bundle/read-bundle.ts),
 * with its evidence files, in one transaction. A case whose id is already stored is the person's choice. On any
 * failure nothing of the import is kept.
 */
export async function importCheckedCase(
  db: AppDatabase,
  read: { case: Case; migratedFrom?: number },
  evidenceFiles: readonly ImportedEvidenceFile[],
  options: { decide: (existing: ExistingCase) => Promise<DuplicateChoice>; newId?: () => string; now?: Date },
): Promise<ImportOutcome> {
  const migrated = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
  const existingRow = await db.cases.get(read.case.id);
  let choice: DuplicateChoice | null = null;
  if (existingRow) {
    const restored = await readCaseRow(db, existingRow);
    choice = await options.decide({
      id: existingRow.id,
      title: restored.ok ? (restored.value.case.title ?? null) : null,
      createdAt: restored.ok ? restored.value.case.createdAt : null,
    });
    if (choice === 'cancel') return { status: 'cancelled' };
  }
  const newId = options.newId ?? (() => crypto.randomUUID());
  let incoming: Case = choice === 'keep_both' ? asSeparateCopy(read.case, newId) : read.case;
  if (evidenceFiles.length > 0) {
    // Evidence files are stored by record id: an id another case's file already uses gets a new one, so a bundle
    // can never overwrite someone else's evidence.
    const taken = await db.evidenceFiles.bulkGet(incoming.evidence.map((e) => e.id));
    const clash = new Set(taken.flatMap((f) => (f && f.caseId !== incoming.id ? [f.id] : [])));
    if (clash.size > 0)
      incoming = {
        ...incoming,
        evidence: incoming.evidence.map((e) => (clash.has(e.id) ? { ...e, id: newId() } : e)),
      };
  }
  const addedAt = (options.now ?? new Date()).toISOString();
  // The case keeps its key when it replaces itself; otherwise a new one is added with the case, in its transaction.
  const existingKey = await readCaseKey(db, incoming.id);
  const prepared = existingKey ? null : await prepareCaseKey(db, incoming.id);
  const key = existingKey ?? prepared!.key;
  const row = await encodeCaseRow(key, { case: incoming, session: createEmptySession() });
  // A copy has new evidence ids (in the same order); the files follow their records.
  const newIdOf = new Map(read.case.evidence.map((e, index) => [e.id, incoming.evidence[index]?.id ?? e.id]));
  const fileRows: StoredEvidenceRow[] = [];
  for (const file of evidenceFiles) {
    const record = read.case.evidence.find((e) => e.id === file.id);
    const bytes = new Uint8Array(file.bytes);
    const plain = {
      id: newIdOf.get(file.id) ?? file.id,
      caseId: incoming.id,
      blob: new Blob([bytes], { type: record?.mimeType ?? 'application/octet-stream' }),
      sha256: file.sha256,
      sizeBytes: bytes.length,
      addedAt,
    };
    fileRows.push(await encodeEvidenceRow(key, plain));
  }

  // The evidence files of a case replaced stay only where the imported case still describes the same file (their
  // fingerprints are sealed: read them before the transaction). One that cannot be opened is left as it is.
  const dropped: string[] = [];
  if (choice === 'replace') {
    const kept = new Map(incoming.evidence.map((e) => [e.id, e.sha256]));
    for (const f of await db.evidenceFiles.where('caseId').equals(incoming.id).toArray()) {
      const sha256 = await readEvidenceSha256(db, f);
      if (sha256 !== null && kept.get(f.id) !== sha256) dropped.push(f.id);
    }
  }

  try {
    await db.transaction('rw', db.cases, db.evidenceFiles, db.keys, async () => {
      if (prepared) await db.keys.add(prepared.stored);
      else if (!(await isStillCaseKey(db, incoming.id, key.keyId))) throw new StorageError('deleted');
      if (choice === 'replace') {
        await db.evidenceFiles.bulkDelete(dropped);
        await db.cases.put(row);
      } else {
        // add, not put: a case stored meanwhile with the same id (another tab) is never overwritten unasked.
        await db.cases.add(row);
      }
      if (fileRows.length > 0) await db.evidenceFiles.bulkPut(fileRows);
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
