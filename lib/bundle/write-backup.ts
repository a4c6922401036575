/**
 * Writing a backup: every case on the device, each in its own folder `cases/<case id>/` laid out like a handover
 * bundle (its case file, its evidence files exactly as stored), and one `SHA256SUMS` at the top covering every file
 * (docs/handover-bundle.md, "Backups"). Encrypted with WinZip AES-256 when a passphrase is given. As for a handover
 * bundle, every evidence file is hashed again first and a changed one stops the backup, naming it. A backup the app
 * could not read back (over the limits in bundle-format.ts) is never written: `BackupTooLargeError`.
 */
import type { Case } from '@/lib/case/schema';

import {
  backupCaseFolder,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CASES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_EXPANDED_BYTES,
} from './bundle-format';
import {
  caseFiles,
  EvidenceMismatchError,
  findChangedEvidence,
  zipBundle,
  type BundleFile,
  type HandoverEvidence,
} from './write-bundle';

/** Thrown when a backup would be larger than the app can read back; nothing is written. */
export class BackupTooLargeError extends Error {
  override readonly name = 'BackupTooLargeError';
  readonly code = 'backup_too_large';
  constructor() {
    super('The backup would be larger than the app can restore');
  }
}

export type BackupCase = { caseData: Case; evidence: readonly HandoverEvidence[] };

export type WriteBackupInput = {
  cases: readonly BackupCase[];
  /** null: an unprotected backup, which anyone holding the file can open. */
  passphrase: string | null;
  /** Modification time written for every entry; pass it for reproducible tests. */
  generatedAt?: Date;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Writes the backup. Throws `EvidenceMismatchError` (naming every changed file, of any case) or
 * `BackupTooLargeError`, and then writes nothing.
 */
export async function writeBackupBundle(input: WriteBackupInput): Promise<Uint8Array> {
  const evidenceCount = input.cases.reduce((sum, c) => sum + c.evidence.length, 0);
  const total = evidenceCount * 2 + input.cases.length + 1;
  let done = 0;
  const step = () => input.onProgress?.((done += 1), total);

  if (input.cases.length > MAX_BACKUP_CASES || evidenceCount + input.cases.length + 1 > MAX_BACKUP_ENTRIES)
    throw new BackupTooLargeError();

  const changed = [];
  for (const c of input.cases) changed.push(...(await findChangedEvidence(c.evidence, step)));
  if (changed.length > 0) throw new EvidenceMismatchError(changed);

  const cases: BundleFile[] = [];
  const evidence: BundleFile[] = [];
  let expanded = 0;
  for (const c of input.cases) {
    const files = await caseFiles(c.caseData, c.evidence, backupCaseFolder(c.caseData.id));
    cases.push(files.caseFile);
    evidence.push(...files.evidenceFiles);
    expanded += files.caseFile.bytes.length + files.evidenceFiles.reduce((sum, f) => sum + f.bytes.length, 0);
    if (expanded > MAX_BACKUP_EXPANDED_BYTES) throw new BackupTooLargeError();
  }
  const zip = await zipBundle(
    { caseFiles: cases, evidenceFiles: evidence },
    { passphrase: input.passphrase, generatedAt: input.generatedAt, step },
  );
  if (zip.length > MAX_BACKUP_BYTES) throw new BackupTooLargeError();
  step();
  return zip;
}
