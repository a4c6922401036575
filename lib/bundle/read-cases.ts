/**
 * Reading the cases in a handover bundle or a backup: everything decided before anything is written. The order keeps
 * hostile files harmless:
 * 1. the file's size and the ZIP's directory (open-zip.ts: entries, paths, declared sizes, all or none encrypted);
 * 2. the first case file unpacked first, so a wrong passphrase is noticed on the first entry opened;
 * 3. every entry unpacked (never past its declared size), `SHA256SUMS` parsed and every file's hash compared;
 * 4. each case file read through the same checks as a JSON import (lib/case/import-case.ts: depth, version,
 *    migration, schema), then each evidence file matched to its record, in its own case's folder, by id and hash.
 * Any mismatch refuses the whole file and names the files; a case file refused in a backup names its folder.
 */
import { readCaseImport } from '@/lib/case/import-case';
import type { Case } from '@/lib/case/schema';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import {
  checkBackupSize,
  checkBundleSize,
  HANDOVER_PATHS,
  MAX_BACKUP_CASES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_EXPANDED_BYTES,
  MAX_BACKUP_MANIFEST_BYTES,
  MAX_BUNDLE_ENTRIES,
  MAX_EXPANDED_BYTES,
  MAX_MANIFEST_BYTES,
  normalisePassphrase,
  splitBundlePath,
  type BundleMismatch,
} from './bundle-format';
import { openDirectory, parseManifest, refuse, Refused, unpack, type ZipLimits } from './open-zip';
import type { FileEntry } from './zip-library';

/** An evidence file from the bundle, checked against its record's hash. */
export type BundleEvidenceFile = { id: string; sha256: string; bytes: Uint8Array };

/** One case read from a bundle: its folder ('' for a handover bundle's), the case, and its evidence files. */
export type ReadCase = { folder: string; case: Case; migratedFrom?: number; evidence: BundleEvidenceFile[] };

export type Layout = 'handover' | 'backup';

export const LIMITS: Record<Layout, ZipLimits & { maxManifestBytes: number }> = {
  handover: {
    checkSize: checkBundleSize,
    maxEntries: MAX_BUNDLE_ENTRIES,
    maxExpandedBytes: MAX_EXPANDED_BYTES,
    maxManifestBytes: MAX_MANIFEST_BYTES,
  },
  backup: {
    checkSize: checkBackupSize,
    maxEntries: MAX_BACKUP_ENTRIES,
    maxExpandedBytes: MAX_BACKUP_EXPANDED_BYTES,
    maxManifestBytes: MAX_BACKUP_MANIFEST_BYTES,
  },
};

/** A case file a backup holds that was refused, with the folder it is in. */
export class RefusedInFolder extends Refused {
  constructor(
    refused: Refused,
    readonly folder: string,
  ) {
    super(refused.refusal);
  }
}

/**
 * The case folders of a bundle: a handover bundle has its case at the top; a backup has one folder per case under
 * `cases/` (a handover bundle opened as a backup is a backup of one case).
 */
function caseFolders(files: readonly FileEntry[], layout: Layout): string[] {
  const folders = files.flatMap((f) => {
    const parts = splitBundlePath(f.filename);
    return parts?.kind === 'case' ? [parts.folder] : [];
  });
  if (folders.includes('')) return [''];
  if (folders.length === 0) return refuse('no_case_file');
  // Someone picked a backup where one case is expected: say so, rather than "no case".
  if (layout === 'handover') return refuse('is_backup');
  if (folders.length > MAX_BACKUP_CASES) refuse('too_many_cases');
  return folders;
}

/** Reads and checks every case of a bundle or a backup; throws `Refused` (see the header). */
export async function readCasesChecked(
  bytes: Uint8Array,
  passphrase: string | null,
  layout: Layout,
  onProgress?: (done: number, total: number) => void,
): Promise<{ cases: ReadCase[]; encrypted: boolean }> {
  const limits = LIMITS[layout];
  const { reader, files } = await openDirectory(bytes, limits);
  try {
    const encrypted = files.some((f) => f.encrypted);
    const password = passphrase === null ? undefined : normalisePassphrase(passphrase);
    if (encrypted && !password) refuse('needs_passphrase');
    const usePassword = encrypted ? password : undefined;

    const folders = caseFolders(files, layout);
    const byPath = new Map(files.map((f) => [f.filename, f]));
    const caseFile = (folder: string) => `${folder}${HANDOVER_PATHS.caseJson}`;
    // The first case file is read first, so a wrong passphrase is noticed on the first entry opened.
    const firstCase = byPath.get(caseFile(folders[0] ?? ''));
    if (!firstCase) return refuse('no_case_file');
    const total = files.length;
    let done = 0;
    const contents = new Map<string, Uint8Array>([
      [firstCase.filename, await unpack(firstCase, usePassword)],
    ]);
    onProgress?.((done += 1), total);
    const manifestEntry = byPath.get(HANDOVER_PATHS.manifest);
    if (!manifestEntry) return refuse('bad_manifest');
    const sums = parseManifest(await unpack(manifestEntry, usePassword), limits.maxManifestBytes);
    onProgress?.((done += 1), total);

    const mismatches: BundleMismatch[] = [];
    for (const file of files) {
      if (file.filename === HANDOVER_PATHS.manifest) continue;
      let data = contents.get(file.filename);
      if (!data) {
        data = await unpack(file, usePassword);
        contents.set(file.filename, data);
        onProgress?.((done += 1), total);
      }
      const actual = await sha256Hex(data);
      const expected = sums.get(file.filename) ?? null;
      if (actual !== expected) mismatches.push({ path: file.filename, expected, actual });
    }
    for (const [path, expected] of sums)
      if (!byPath.has(path)) mismatches.push({ path, expected, actual: null });
    if (mismatches.length > 0) refuse('evidence_mismatch', mismatches);

    const cases: ReadCase[] = [];
    for (const folder of folders) {
      const caseBytes = contents.get(caseFile(folder)) ?? new Uint8Array();
      try {
        cases.push(readOneCase(folder, caseBytes, contents, sums));
      } catch (error) {
        throw error instanceof Refused && layout === 'backup' ? new RefusedInFolder(error, folder) : error;
      }
    }
    const ids = new Set(cases.map((c) => c.case.id));
    if (ids.size !== cases.length) refuse('repeated_case');
    return { cases, encrypted };
  } finally {
    await reader.close().catch(() => undefined);
  }
}

/** One case folder: its case file read like a JSON import, and each evidence file matched to its record. */
function readOneCase(
  folder: string,
  caseBytes: Uint8Array,
  contents: ReadonlyMap<string, Uint8Array>,
  sums: ReadonlyMap<string, string>,
): ReadCase {
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
  const mismatches: BundleMismatch[] = [];
  for (const [path, data] of contents) {
    const parts = splitBundlePath(path);
    if (parts?.kind !== 'evidence' || parts.folder !== folder) continue;
    const id = parts.recordId;
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
  return { folder, case: read.case, ...migrated, evidence };
}
