/**
 * The checks every bundle goes through before anything in it is trusted, shared by the handover bundle's reader
 * (read-bundle.ts) and the backup's (read-backup.ts). Every refusal is a `Refused` error carrying a code; callers
 * turn any other error into a code with `toRefusal`, so no library's message reaches a person.
 * - `openDirectory`: the file's size before it is opened; then the ZIP's directory: how many entries, every path
 *   (nothing absolute, nothing climbing out with `..`), the sizes it declares (in all, and how far each entry
 *   expands), and whether all or none is encrypted.
 * - `unpack`: one entry into a counting sink that stops at the size the directory declared, so a directory that
 *   lies about sizes cannot make it expand further; CRC-32 and AES authentication are checked by the library.
 * - `parseManifest`: `SHA256SUMS`, every line a hash and a safe path, no path twice.
 */
import type { ImportRefusal } from '@/lib/case/import-case';
import { isSafeRelativePath } from '@/lib/referral-pack/exports/sha256sums';

import {
  looksLikeZip,
  MAX_EXPANSION_RATIO,
  MAX_MANIFEST_BYTES,
  RATIO_FREE_BYTES,
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

export type BundleRefusal =
  { kind: 'bundle'; code: BundleProblem; mismatches?: BundleMismatch[] } | ImportRefusal;

/** The limits a kind of bundle is opened with (bundle-format.ts: HANDOVER_LIMITS, BACKUP_LIMITS). */
export type ZipLimits = {
  checkSize: (sizeBytes: number) => BundleProblem | null;
  maxEntries: number;
  maxExpandedBytes: number;
};

/** A refusal on its way out of the checks. */
export class Refused extends Error {
  constructor(readonly refusal: BundleRefusal) {
    super(refusal.kind);
  }
}

export const refuse = (code: BundleProblem, mismatches?: BundleMismatch[]): never => {
  throw new Refused(mismatches ? { kind: 'bundle', code, mismatches } : { kind: 'bundle', code });
};

/** Any error met while reading a bundle, as a refusal: a wrong passphrase is always `wrong_passphrase`. */
export function toRefusal(error: unknown): BundleRefusal {
  if (error instanceof Refused) return error.refusal;
  if (error instanceof Error && error.message === ERR_INVALID_PASSWORD)
    return { kind: 'bundle', code: 'wrong_passphrase' };
  // Anything else the library noticed (bad CRC, bad authentication code, truncated data, a malformed header).
  return { kind: 'bundle', code: 'damaged' };
}

/** Opens a ZIP's directory and checks it (see the header); nothing is unpacked. The caller closes the reader. */
export async function openDirectory(
  bytes: Uint8Array,
  limits: ZipLimits,
): Promise<{ reader: ZipReader<Uint8Array>; files: FileEntry[] }> {
  const bySize = limits.checkSize(bytes.length);
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
  if (entries.length > limits.maxEntries) refuse('too_many_entries');
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
    if (expanded > limits.maxExpandedBytes) refuse('expands_too_much');
    if (size > RATIO_FREE_BYTES && size / packed > MAX_EXPANSION_RATIO) refuse('expands_too_much');
    files.push(entry);
  }
  const encrypted = files.filter((f) => f.encrypted).length;
  if (encrypted > 0 && encrypted < files.length) refuse('partly_protected');
  return { reader, files };
}

/** Unpacks one entry, never past the size its directory record declared. */
export async function unpack(entry: FileEntry, password: string | undefined): Promise<Uint8Array> {
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

/** Reads `SHA256SUMS`: path → hash. Refuses (`bad_manifest`) anything else than lines of a hash and a safe path. */
export function parseManifest(bytes: Uint8Array, maxBytes: number = MAX_MANIFEST_BYTES): Map<string, string> {
  if (bytes.length > maxBytes) refuse('bad_manifest');
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
