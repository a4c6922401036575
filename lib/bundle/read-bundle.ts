/**
 * Reading a handover bundle someone picked or dropped: everything decided before anything is written. Never
 * throws; every refusal is a code (bundle-format.ts) a screen turns into words, and no library's message reaches a
 * person. The checks, and the order that keeps hostile files harmless, are in open-zip.ts and read-cases.ts:
 * the file's size; the ZIP's directory (entries, paths, declared sizes, all or none encrypted); each entry unpacked
 * never past its declared size; `SHA256SUMS` and every hash; the case file as a JSON import; each evidence file
 * against its record. A wrong passphrase gives `wrong_passphrase` wherever it is noticed. A backup picked here is
 * refused as `is_backup` (it is restored from the cases screen's backup section, read-backup.ts).
 */
import type { Case } from '@/lib/case/schema';

import { openDirectory, toRefusal, type BundleRefusal } from './open-zip';
import { LIMITS, readCasesChecked, type BundleEvidenceFile } from './read-cases';

export type { BundleRefusal } from './open-zip';
export type { BundleEvidenceFile } from './read-cases';
// The backup's reader shares every check with this one: both screens load this one module (one chunk, not two).
export { inspectBackup, readBackupBundle, type ReadBackupResult } from './read-backup';

export type ReadBundleResult =
  | { ok: true; case: Case; migratedFrom?: number; evidence: BundleEvidenceFile[]; encrypted: boolean }
  | { ok: false; refusal: BundleRefusal };

/** What can be told about a bundle before its passphrase is asked for. */
export type BundleSummary = { ok: true; encrypted: boolean } | { ok: false; refusal: BundleRefusal };

/** Checks the directory of a bundle without unpacking anything: whether it needs a passphrase. Never throws. */
export async function inspectBundle(bytes: Uint8Array): Promise<BundleSummary> {
  try {
    const { reader, files } = await openDirectory(bytes, LIMITS.handover);
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
    const { cases, encrypted } = await readCasesChecked(bytes, options.passphrase ?? null, 'handover');
    const [read] = cases;
    if (!read) return { ok: false, refusal: { kind: 'bundle', code: 'no_case_file' } };
    const migrated = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
    return { ok: true, case: read.case, ...migrated, evidence: read.evidence, encrypted };
  } catch (error) {
    return { ok: false, refusal: toRefusal(error) };
  }
}
