/**
 * Reading a handover bundle someone picked or dropped: everything decided before anything is written. Never
 * throws; every refusal is a code (bundle-format.ts) a screen turns into words, and no library's message reaches a
 * person. The order keeps hostile files harmless:
 * 1. the file's size, before it is opened;
 * 2. the ZIP's directory: how many entries, every path (nothing absolute, nothing climbing out with `..`), the
 *    sizes it declares (in all, and how far each entry expands), and whether all or none is encrypted;
 * 3. each entry unpacked into a counting sink that stops at the size the directory declared, so a directory that
 *    lies about sizes cannot make it expand further; CRC-32 and AES authentication checked by the library;
 * 4. `SHA256SUMS` parsed and every file's hash compared, then the case file read through the same checks as a
 *    JSON import (lib/case/import-case.ts: depth, version, migration, schema), then each evidence file matched to
 *    its record by id and hash. Any mismatch refuses the bundle and names the files.
 * A wrong passphrase gives `wrong_passphrase` wherever it is noticed.
 */
import { readCaseImport, type ImportRefusal } from '@/lib/case/import-case';
import type { Case } from '@/lib/case/schema';
import { isSafeRelativePath } from '@/lib/referral-pack/exports/sha256sums';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import {
  checkBundleSize,
  HANDOVER_PATHS,
  looksLikeZip,
  normalisePassphrase,
  MAX_BUNDLE_ENTRIES,
  MAX_EXPANDED_BYTES,
  MAX_EXPANSION_RATIO,
  MAX_MANIFEST_BYTES,
  RATIO_FREE_BYTES,
  recordIdOfPath,
  type BundleMismatch,
  type BundleProblem,
} from './bundle-format';
import {
  ERR_INVALID_PASSWORD,
  ERR_UNSAFE_FILENAME,
  Uint8ArrayReader,
  ZipReader,
  type Entry,
  type FileEntry,
} from './zip-library';

/** An evidence file from the bundle, checked against its record's hash. */
export type BundleEvidenceFile = { id: string; sha256: string; bytes: Uint8Array };

export type BundleRefusal =
  { kind: 'bundle'; code: BundleProblem; mismatches?: BundleMismatch[] } | ImportRefusal;

export type ReadBundleResult =
  | { ok: true; case: Case; migratedFrom?: number; evidence: BundleEvidenceFile[]; encrypted: boolean }
  | { ok: false; refusal: BundleRefusal };

/** What can be told about a bundle before its passphrase is asked for. */
export type BundleSummary = { ok: true; encrypted: boolean } | { ok: false; refusal: BundleRefusal };

class Refused extends Error {
  constructor(readonly refusal: BundleRefusal) {
    super(refusal.kind);
  }
}

const refuse = (code: BundleProblem, mismatches?: BundleMismatch[]): never => {
  throw new Refused(mismatches ? { kind: 'bundle', code, mismatches } : { kind: 'bundle', code });
};

/** Checks the directory of a bundle without unpacking anything: whether it needs a passphrase. Never throws. */
export async function inspectBundle(bytes: Uint8Array): Promise<BundleSummary> {
  try {
    const { reader, files } = await openDirectory(bytes);
    await reader.close().catch(() => undefined);
    return { ok: true, encrypted: files.some((f) => f.encrypted) };
  } catch (error) {
    return { ok: false, refusal: toRefusal(error) };
  }
}

/** Reads and checks a bundle; `passphrase` is needed when it is protected. Never throws. */
export async function readHandoverBundle(
  bytes: Uint8Array,
  options: { passphrase?: string | null } = {},
): Promise<ReadBundleResult> {
  try {
    return await readChecked(bytes, options.passphrase ?? null);
  } catch (error) {
    return { ok: false, refusal: toRefusal(error) };
  }
}

function toRefusal(error: unknown): BundleRefusal {
  if (error instanceof Refused) return error.refusal;
  if (error instanceof Error && error.message === ERR_INVALID_PASSWORD)
    return { kind: 'bundle', code: 'wrong_passphrase' };
  // Anything else the library noticed (bad CRC, bad authentication code, truncated data, a malformed header).
  return { kind: 'bundle', code: 'damaged' };
}

async function openDirectory(
  bytes: Uint8Array,
): Promise<{ reader: ZipReader<Uint8Array>; files: FileEntry[] }> {
  const bySize = checkBundleSize(bytes.length);
  if (bySize) refuse(bySize);
  if (!looksLikeZip(bytes)) refuse('not_a_bundle');
  const reader = new ZipReader(new Uint8ArrayReader(bytes), {
    useWebWorkers: false,
    checkCrc32: true,
    checkOverlappingEntry: true,
  });
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch (error) {
    // zip.js refuses names that climb out (`../`) or are absolute by itself; so do the checks below.
    return refuse(
      error instanceof Error && error.message === ERR_UNSAFE_FILENAME ? 'unsafe_path' : 'not_a_bundle',
    );
  }
  if (entries.length === 0) refuse('no_case_file');
  if (entries.length > MAX_BUNDLE_ENTRIES) refuse('too_many_entries');
  let expanded = 0;
  const seen = new Set<string>();
  const files: FileEntry[] = [];
  for (const entry of entries) {
    const path = entry.filename;
    const cleanPath = entry.directory ? path.replace(/\/$/, '') : path;
    if (!isSafeRelativePath(cleanPath)) refuse('unsafe_path');
    if (entry.directory) continue;
    if (seen.has(path)) refuse('damaged');
    seen.add(path);
    const size = entry.uncompressedSize;
    const packed = Math.max(entry.compressedSize, 1);
    if (!Number.isSafeInteger(size) || size < 0) refuse('damaged');
    expanded += size;
    if (expanded > MAX_EXPANDED_BYTES) refuse('expands_too_much');
    if (size > RATIO_FREE_BYTES && size / packed > MAX_EXPANSION_RATIO) refuse('expands_too_much');
    files.push(entry);
  }
  const encrypted = files.filter((f) => f.encrypted).length;
  if (encrypted > 0 && encrypted < files.length) refuse('partly_protected');
  return { reader, files };
}

/** Unpacks one entry, never past the size its directory record declared. */
async function unpack(entry: FileEntry, password: string | undefined): Promise<Uint8Array> {
  const limit = entry.uncompressedSize;
  const chunks: Uint8Array[] = [];
  let written = 0;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      written += chunk.length;
      if (written > limit) throw new Refused({ kind: 'bundle', code: 'expands_too_much' });
      chunks.push(chunk);
    },
  });
  try {
    await entry.getData(sink, password === undefined ? {} : { password });
  } catch (error) {
    if (error instanceof Refused) throw error;
    // The sink's own refusal comes back wrapped by the stream; a short entry is damage.
    if (written > limit) return refuse('expands_too_much');
    throw error;
  }
  if (written !== limit) refuse('damaged');
  const out = new Uint8Array(written);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const MANIFEST_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

function parseManifest(bytes: Uint8Array): Map<string, string> {
  if (bytes.length > MAX_MANIFEST_BYTES) refuse('bad_manifest');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('bad_manifest');
  }
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = MANIFEST_LINE.exec(line.replace(/\r$/, ''));
    if (!match?.[1] || !match[2] || !isSafeRelativePath(match[2]) || sums.has(match[2]))
      refuse('bad_manifest');
    sums.set(match?.[2] ?? '', match?.[1] ?? '');
  }
  return sums;
}

async function readChecked(bytes: Uint8Array, passphrase: string | null): Promise<ReadBundleResult> {
  const { reader, files } = await openDirectory(bytes);
  try {
    const encrypted = files.some((f) => f.encrypted);
    const password = passphrase === null ? undefined : normalisePassphrase(passphrase);
    if (encrypted && !password) refuse('needs_passphrase');
    const usePassword = encrypted ? password : undefined;

    const byPath = new Map(files.map((f) => [f.filename, f]));
    const manifestEntry = byPath.get(HANDOVER_PATHS.manifest);
    const caseEntry = byPath.get(HANDOVER_PATHS.caseJson);
    // The case file is read first, so a wrong passphrase is noticed on the first entry opened.
    if (!caseEntry) return refuse('no_case_file');
    const caseBytes = await unpack(caseEntry, usePassword);
    if (!manifestEntry) return refuse('bad_manifest');
    const sums = parseManifest(await unpack(manifestEntry, usePassword));

    const contents = new Map<string, Uint8Array>([[HANDOVER_PATHS.caseJson, caseBytes]]);
    const mismatches: BundleMismatch[] = [];
    for (const file of files) {
      if (file.filename === HANDOVER_PATHS.manifest) continue;
      const data = contents.get(file.filename) ?? (await unpack(file, usePassword));
      contents.set(file.filename, data);
      const actual = await sha256Hex(data);
      const expected = sums.get(file.filename) ?? null;
      if (actual !== expected) mismatches.push({ path: file.filename, expected, actual });
    }
    for (const [path, expected] of sums)
      if (!byPath.has(path)) mismatches.push({ path, expected, actual: null });
    if (mismatches.length > 0) refuse('evidence_mismatch', mismatches);

    let caseText: string;
    try {
      caseText = new TextDecoder('utf-8', { fatal: true }).decode(caseBytes);
    } catch {
      return refuse('no_case_file');
    }
    const read = readCaseImport(caseText, caseBytes.length);
    if (!read.ok) throw new Refused(read.refusal);

    // Each evidence file belongs to the record with its id, and must have the hash that record holds.
    const records = new Map(read.case.evidence.map((e) => [e.id, e]));
    const evidence: BundleEvidenceFile[] = [];
    for (const [path, data] of contents) {
      const id = recordIdOfPath(path);
      if (id === null) continue;
      const record = records.get(id);
      const actual = sums.get(path) ?? '';
      if (!record || record.sha256 !== actual || evidence.some((e) => e.id === id)) {
        mismatches.push({ path, expected: record?.sha256 ?? null, actual });
        continue;
      }
      evidence.push({ id, sha256: actual, bytes: data });
    }
    if (mismatches.length > 0) refuse('evidence_mismatch', mismatches);
    const migrated = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
    return { ok: true, case: read.case, ...migrated, evidence, encrypted };
  } finally {
    await reader.close().catch(() => undefined);
  }
}
