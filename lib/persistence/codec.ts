/**
 * Turns cases and evidence files into the rows stored in IndexedDB and back, sealed with the case's data key
 * (at-rest.ts, case-keys.ts). This is the one place that knows what is inside a row. A case row is
 * `{ id, updatedAt, format: 'aes-gcm', payload: { iv, data } }`; an evidence row keeps its type, size and
 * fingerprint sealed in `meta` and its bytes sealed in 1 MiB `chunks`. Rows stored in plain text by older versions
 * are still read (and sealed on first use: seal-plain-rows.ts). Sealing happens before a write transaction opens and
 * opening after a read, never inside a transaction: Web Crypto is not part of IndexedDB's transactions.
 */
import {
  aadFor,
  CHUNK_BYTES,
  DamagedRecordError,
  open,
  openJson,
  seal,
  sealJson,
  type Sealed,
} from './at-rest';
import { readCaseKey } from './case-keys';
import type { AppDatabase, CaseRow, EvidenceFileRow, KeyRow, StoredEvidenceRow } from './db';
import { restoreStoredCase, type RestoreResult, type StoredCase } from './restore-case';

/** Seals a case and its session for storage under the case's key. */
export async function encodeCaseRow(key: KeyRow, stored: StoredCase): Promise<CaseRow> {
  return sealCasePayload(key, stored.case.id, stored.case.updatedAt, stored);
}

/** Seals whatever a case row holds, as it is (also a payload damaged before: seal-plain-rows.ts). */
export async function sealCasePayload(
  key: KeyRow,
  id: string,
  updatedAt: string,
  payload: unknown,
): Promise<CaseRow> {
  return { id, updatedAt, format: 'aes-gcm', payload: await sealJson(key.key, payload, aadFor('case', id)) };
}

/** Opens a stored case row; returns the raw payload for restoreStoredCase. Damage is a DamagedRecordError. */
export async function decodeCaseRow(db: AppDatabase, row: unknown): Promise<unknown> {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return openCaseRow(typeof id === 'string' ? await readCaseKey(db, id) : null, row);
}

/** Opens a stored case row with its case's key (null when it has none). */
export async function openCaseRow(key: KeyRow | null, row: unknown): Promise<unknown> {
  if (typeof row !== 'object' || row === null) throw new DamagedRecordError('unknown_format');
  const { id, format, payload } = row as { id?: unknown; format?: unknown; payload?: unknown };
  if (format === 'plain') return payload;
  if (format !== 'aes-gcm' || typeof id !== 'string') throw new DamagedRecordError('unknown_format');
  if (!key || key.caseId !== id) throw new DamagedRecordError('key_missing');
  return openJson(key.key, payload, aadFor('case', id));
}

/** Opens and restores a stored case row; a row that cannot be opened is reported damaged with its code. */
export async function restoreCaseRow(key: KeyRow | null, row: CaseRow): Promise<RestoreResult> {
  try {
    return restoreStoredCase(await openCaseRow(key, row));
  } catch (error) {
    if (error instanceof DamagedRecordError) return { ok: false, id: row.id, reason: error.code };
    throw error;
  }
}

/** As restoreCaseRow, reading the case's key first. */
export async function readCaseRow(db: AppDatabase, row: CaseRow): Promise<RestoreResult> {
  return restoreCaseRow(await readCaseKey(db, row.id), row);
}

function hex(bytes: unknown): string {
  if (!(bytes instanceof Uint8Array)) return '';
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What identifies one stored version of a row (every seal has a fresh IV), to see whether it changed meanwhile. */
export function rowVersion(row: CaseRow | undefined): string {
  if (!row) return 'none';
  if (row.format === 'aes-gcm') return `aes-gcm:${hex((row.payload as Partial<Sealed> | null)?.iv)}`;
  return `plain:${row.updatedAt}:${JSON.stringify(row.payload) ?? ''}`;
}

/** A sealed piece of an evidence file as stored: its ciphertext in a Blob. */
type StoredChunk = { iv: Uint8Array; data: Blob };

/** Reads a stored piece back into the shape open() takes (a piece stored any other way is left to fail there). */
async function readChunk(chunk: unknown): Promise<unknown> {
  if (typeof chunk !== 'object' || chunk === null) return chunk;
  const { iv, data } = chunk as { iv?: unknown; data?: unknown };
  if (!(data instanceof Blob)) return chunk;
  try {
    return { iv, data: await data.arrayBuffer() };
  } catch (error) {
    // The browser lost the piece's file: that is damage too.
    throw new DamagedRecordError('undecryptable', error);
  }
}

type EvidenceMeta = { type: string; sha256: string; sizeBytes: number; chunkCount: number };

const metaAad = (id: string, caseId: string) => aadFor('evidence_meta', id, caseId);
const chunkAad = (id: string, caseId: string, index: number, count: number) =>
  aadFor('evidence_chunk', id, caseId, index, count);

/** Seals an evidence file under its case's key, in pieces of CHUNK_BYTES, each with its own IV. */
export async function encodeEvidenceRow(key: KeyRow, file: EvidenceFileRow): Promise<StoredEvidenceRow> {
  const chunkCount = Math.max(1, Math.ceil(file.blob.size / CHUNK_BYTES));
  const chunks: StoredChunk[] = [];
  for (let index = 0; index < chunkCount; index++) {
    const bytes = await file.blob.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES).arrayBuffer();
    const sealed = await seal(key.key, bytes, chunkAad(file.id, file.caseId, index, chunkCount));
    // Held as a Blob, so the browser may keep the sealed pieces of a large video out of the page's memory (on disk,
    // where they are ciphertext) until the write.
    chunks.push({ iv: sealed.iv, data: new Blob([sealed.data]) });
  }
  const meta: EvidenceMeta = {
    type: file.blob.type,
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
    chunkCount,
  };
  return {
    id: file.id,
    caseId: file.caseId,
    addedAt: file.addedAt,
    format: 'aes-gcm',
    meta: await sealJson(key.key, meta, metaAad(file.id, file.caseId)),
    chunks,
  };
}

function isMeta(value: unknown): value is EvidenceMeta {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.type === 'string' &&
    typeof m.sha256 === 'string' &&
    typeof m.sizeBytes === 'number' &&
    typeof m.chunkCount === 'number'
  );
}

async function openMeta(
  db: AppDatabase,
  row: Extract<StoredEvidenceRow, { format: 'aes-gcm' }>,
): Promise<{ key: KeyRow; meta: EvidenceMeta }> {
  if (row.format !== 'aes-gcm' || !Array.isArray(row.chunks)) throw new DamagedRecordError('unknown_format');
  const key = await readCaseKey(db, row.caseId);
  if (!key) throw new DamagedRecordError('key_missing');
  const meta = await openJson(key.key, row.meta, metaAad(row.id, row.caseId));
  if (!isMeta(meta) || meta.chunkCount !== row.chunks.length) throw new DamagedRecordError('undecryptable');
  return { key, meta };
}

/** The fingerprint recorded for a stored evidence file, without opening its bytes; null when it cannot be read. */
export async function readEvidenceSha256(db: AppDatabase, row: StoredEvidenceRow): Promise<string | null> {
  if (row.format === undefined) return row.sha256;
  try {
    return (await openMeta(db, row)).meta.sha256;
  } catch (error) {
    if (error instanceof DamagedRecordError) return null;
    throw error;
  }
}

/** Opens a stored evidence row back into the file as attached; damage is a DamagedRecordError. */
export async function decodeEvidenceRow(db: AppDatabase, row: StoredEvidenceRow): Promise<EvidenceFileRow> {
  if (row.format === undefined) return row;
  const { key, meta } = await openMeta(db, row);
  // Each opened piece goes into a Blob at once, so a large file is not held twice in the page's memory.
  const parts: Blob[] = [];
  for (const [index, chunk] of row.chunks.entries()) {
    const aad = chunkAad(row.id, row.caseId, index, meta.chunkCount);
    parts.push(new Blob([(await open(key.key, await readChunk(chunk), aad)) as Uint8Array<ArrayBuffer>]));
  }
  return {
    id: row.id,
    caseId: row.caseId,
    blob: new Blob(parts, { type: meta.type }),
    sha256: meta.sha256,
    sizeBytes: meta.sizeBytes,
    addedAt: row.addedAt,
  };
}
