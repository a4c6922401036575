/**
 * Writing a handover bundle: the case file, its evidence files exactly as stored, and `SHA256SUMS`, in one ZIP,
 * every entry encrypted with WinZip AES-256 when a passphrase is given (docs/handover-bundle.md). The evidence is
 * hashed again first; a file that no longer matches the hash taken when it was attached stops the export
 * (`EvidenceMismatchError`, as for the referral pack), so a bundle never carries a silently changed file.
 *
 * The same steps write a backup (`writeBackupBundle`): every case on the device, each in its own folder
 * `cases/<case id>/` laid out like a handover bundle, and one `SHA256SUMS` at the top covering every file. A backup
 * the app could not read back (over the limits in bundle-format.ts) is never written: `BackupTooLargeError`. Both
 * live in this one module so that the screens load one chunk for them.
 */
import { serializeCaseFile } from '@/lib/case/case-file';
import type { Case } from '@/lib/case/schema';
import {
  buildSha256Sums,
  sanitiseFileName,
  type ManifestEntry,
} from '@/lib/referral-pack/exports/sha256sums';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import {
  backupCaseFolder,
  evidencePath,
  HANDOVER_PATHS,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CASES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_EXPANDED_BYTES,
  normalisePassphrase,
} from './bundle-format';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from './zip-library';

export type EvidenceMismatch = { id: string; fileName: string; expected: string; actual: string };

/** Thrown when evidence changed after it was attached (same shape as the referral pack's, `code` included). */
export class EvidenceMismatchError extends Error {
  override readonly name = 'EvidenceMismatchError';
  readonly code = 'evidence_mismatch';
  constructor(readonly mismatches: EvidenceMismatch[]) {
    super(`Evidence changed since it was attached: ${mismatches.map((m) => m.id).join(', ')}`);
  }
}

/** One evidence file of the case, as stored on the device. */
export type HandoverEvidence = { id: string; fileName: string; sha256: string; bytes: Uint8Array };

export type WriteBundleInput = {
  caseData: Case;
  /** The evidence files found on the device (a record whose file is missing is simply not in the bundle). */
  evidence: readonly HandoverEvidence[];
  /** null: an unprotected bundle, which anyone holding the file can open. */
  passphrase: string | null;
  /** Modification time written for every entry; pass it for reproducible tests. */
  generatedAt?: Date;
  onProgress?: (done: number, total: number) => void;
};

/** One file going into a bundle, with its hash for `SHA256SUMS`. */
export type BundleFile = { path: string; sha256: string; bytes: Uint8Array };

/** Hashes every evidence file again; returns the ones that changed since they were attached. */
export async function findChangedEvidence(
  evidence: readonly HandoverEvidence[],
  step: () => void,
): Promise<EvidenceMismatch[]> {
  const mismatches: EvidenceMismatch[] = [];
  for (const file of evidence) {
    const actual = await sha256Hex(file.bytes);
    if (actual !== file.sha256.toLowerCase())
      mismatches.push({ id: file.id, fileName: file.fileName, expected: file.sha256, actual });
    step();
  }
  return mismatches;
}

/** A case's files in a bundle, under `folder` ('' for a handover bundle, `cases/<id>/` in a backup). */
export async function caseFiles(
  caseData: Case,
  evidence: readonly HandoverEvidence[],
  folder = '',
): Promise<{ caseFile: BundleFile; evidenceFiles: BundleFile[] }> {
  const bytes = new TextEncoder().encode(serializeCaseFile(caseData));
  return {
    caseFile: { path: `${folder}${HANDOVER_PATHS.caseJson}`, sha256: await sha256Hex(bytes), bytes },
    evidenceFiles: evidence.map((file) => ({
      path: `${folder}${evidencePath(file.id, sanitiseFileName(file.fileName))}`,
      sha256: file.sha256.toLowerCase(),
      bytes: file.bytes,
    })),
  };
}

/**
 * Writes `SHA256SUMS` and the files into one ZIP: case files deflated; evidence stored, not recompressed (it is
 * mostly JPEG, PNG, MP4 or PDF already). `step` is called once per file written.
 */
export async function zipBundle(
  files: { caseFiles: readonly BundleFile[]; evidenceFiles: readonly BundleFile[] },
  options: { passphrase: string | null; generatedAt?: Date; step: () => void },
): Promise<Uint8Array> {
  const entries: ManifestEntry[] = [...files.caseFiles, ...files.evidenceFiles].map(({ path, sha256 }) => ({
    path,
    sha256,
  }));
  const manifest = buildSha256Sums(entries);
  const passphrase = options.passphrase === null ? '' : normalisePassphrase(options.passphrase);
  const protection =
    passphrase === '' ? {} : { password: passphrase, encryptionStrength: 3 as const, zipCrypto: false };
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    ...protection,
    lastModDate: options.generatedAt ?? new Date(),
    extendedTimestamp: false,
    useWebWorkers: false,
  });
  await writer.add(HANDOVER_PATHS.manifest, new Uint8ArrayReader(new TextEncoder().encode(manifest)), {
    level: 6,
  });
  for (const file of files.caseFiles) {
    await writer.add(file.path, new Uint8ArrayReader(file.bytes), { level: 6 });
    options.step();
  }
  for (const file of files.evidenceFiles) {
    await writer.add(file.path, new Uint8ArrayReader(file.bytes), { level: 0 });
    options.step();
  }
  return writer.close();
}

/** Writes the bundle. Throws `EvidenceMismatchError` (and writes nothing) when an evidence file changed. */
export async function writeHandoverBundle(input: WriteBundleInput): Promise<Uint8Array> {
  const total = input.evidence.length * 2 + 2;
  let done = 0;
  const step = () => input.onProgress?.((done += 1), total);

  const mismatches = await findChangedEvidence(input.evidence, step);
  if (mismatches.length > 0) throw new EvidenceMismatchError(mismatches);

  const { caseFile, evidenceFiles } = await caseFiles(input.caseData, input.evidence);
  const zip = await zipBundle(
    { caseFiles: [caseFile], evidenceFiles },
    { passphrase: input.passphrase, generatedAt: input.generatedAt, step },
  );
  step();
  return zip;
}

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
