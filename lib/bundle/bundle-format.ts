/**
 * The handover bundle's and the backup's layout, their limits and the codes of every refusal
 * (docs/handover-bundle.md). Pure: no library, no storage. A handover bundle is a ZIP holding `case.json` (the case
 * file, lib/case/case-file.ts), `evidence/<record id>/<file name>` for each evidence file kept on the device, and
 * `SHA256SUMS` (the format `sha256sum -c` checks) listing every other file. A backup holds the same for every case,
 * each in its own folder `cases/<case id>/`, with one `SHA256SUMS` at the top covering everything. When protected,
 * every entry is encrypted with WinZip AES-256.
 */

export const HANDOVER_PATHS = {
  caseJson: 'case.json',
  manifest: 'SHA256SUMS',
  evidenceDir: 'evidence',
} as const;

/** A backup's folders: `cases/<case id>/case.json`, `cases/<case id>/evidence/<record id>/<file name>`. */
export const BACKUP_PATHS = { casesDir: 'cases' } as const;

/**
 * The largest bundle file accepted (before it is opened). Evidence is mostly photos and short videos; a case with
 * a few hundred of them fits, and a cheap phone can still hold the file in memory.
 */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** Most entries a bundle may list: the case file, the manifest and one per evidence record (the schema's 2,000). */
export const MAX_BUNDLE_ENTRIES = 2_002;

/** The most the bundle's files may add up to once unpacked. */
export const MAX_EXPANDED_BYTES = 512 * 1024 * 1024;

/**
 * How much larger than its packed size an entry may be once unpacked, for entries over `RATIO_FREE_BYTES`. A case
 * file packs about 5 to 15 times; evidence is stored as it is. A ZIP bomb packs thousands of times.
 */
export const MAX_EXPANSION_RATIO = 100;
export const RATIO_FREE_BYTES = 1024 * 1024;

/** The largest `SHA256SUMS` accepted: 2,002 lines of at most ~350 characters. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * A backup's limits. The whole file is held in memory while it is written and read (twice over, packed and
 * unpacked), so it stays within what a laptop or a recent phone can hold; the app refuses to write a backup it
 * could not read back (`backup_too_large`), rather than make a file that cannot be restored.
 */
export const MAX_BACKUP_BYTES = 768 * 1024 * 1024;
export const MAX_BACKUP_EXPANDED_BYTES = 768 * 1024 * 1024;
/** Most cases in one backup, and most entries (a case file per case, its evidence files, and `SHA256SUMS`). */
export const MAX_BACKUP_CASES = 5_000;
export const MAX_BACKUP_ENTRIES = 50_000;
/** `SHA256SUMS` of a full backup: 50,000 lines of at most ~350 characters. */
export const MAX_BACKUP_MANIFEST_BYTES = 20 * 1024 * 1024;

/**
 * Why a bundle was refused (texts: bundle:problems.<code>). A wrong passphrase is always `wrong_passphrase`, the
 * same calm message every time, whichever entry or check noticed it.
 */
export const BUNDLE_PROBLEMS = [
  'bundle_empty',
  'bundle_too_large',
  'not_a_bundle',
  'too_many_entries',
  'expands_too_much',
  'unsafe_path',
  'needs_passphrase',
  'wrong_passphrase',
  'partly_protected',
  'damaged',
  'no_case_file',
  'bad_manifest',
  'evidence_mismatch',
  'is_backup',
  'repeated_case',
  'too_many_cases',
] as const;
export type BundleProblem = (typeof BUNDLE_PROBLEMS)[number];

/** A file whose bytes do not match the hash recorded for it (in `SHA256SUMS` or in the case). */
export type BundleMismatch = { path: string; expected: string | null; actual: string | null };

/** The path of an evidence file in a bundle: the record id keeps it unique, the cleaned name keeps it readable. */
export function evidencePath(recordId: string, cleanedName: string): string {
  return `${HANDOVER_PATHS.evidenceDir}/${recordId}/${cleanedName}`;
}

/** The evidence record id a bundle path belongs to, or null when the path is not an evidence file. */
export function recordIdOfPath(path: string): string | null {
  const match = /^evidence\/([A-Za-z0-9_-]{1,64})\/[^/]+$/.exec(path);
  return match?.[1] ?? null;
}

/** The folder of one case in a backup (with its trailing slash). */
export function backupCaseFolder(caseId: string): string {
  return `${BACKUP_PATHS.casesDir}/${caseId}/`;
}

/** A path of a bundle or a backup as its parts: the case folder ('' at the top) and what the file is. */
export type BundlePathParts =
  { folder: string; kind: 'case' } | { folder: string; kind: 'evidence'; recordId: string };

const BUNDLE_PATH =
  /^((?:cases\/[A-Za-z0-9_-]{1,64}\/)?)(?:(case\.json)|evidence\/([A-Za-z0-9_-]{1,64})\/[^/]+)$/;

/** Splits a path into its case folder and kind; null for any other file (`SHA256SUMS`, or one the app never writes). */
export function splitBundlePath(path: string): BundlePathParts | null {
  const match = BUNDLE_PATH.exec(path);
  if (!match) return null;
  const folder = match[1] ?? '';
  if (match[2]) return { folder, kind: 'case' };
  return match[3] ? { folder, kind: 'evidence', recordId: match[3] } : null;
}

/** Refuses a bundle by its size alone, before it is read; null when the size is acceptable. */
export function checkBundleSize(sizeBytes: number): 'bundle_empty' | 'bundle_too_large' | null {
  if (!Number.isFinite(sizeBytes) || sizeBytes <= 0) return 'bundle_empty';
  if (sizeBytes > MAX_BUNDLE_BYTES) return 'bundle_too_large';
  return null;
}

/** Refuses a backup by its size alone, before it is read; null when the size is acceptable. */
export function checkBackupSize(sizeBytes: number): 'bundle_empty' | 'bundle_too_large' | null {
  if (!Number.isFinite(sizeBytes) || sizeBytes <= 0) return 'bundle_empty';
  if (sizeBytes > MAX_BACKUP_BYTES) return 'bundle_too_large';
  return null;
}

/** Tells whether bytes start like a ZIP file (a local file header, or the end record of an empty archive). */
export function looksLikeZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && head[3] === head[2] + 1
  );
}

/**
 * The form a passphrase is used in, on export and import alike: Unicode NFC (the same letters typed on any
 * device give the same bytes), no space at either end, runs of spaces as one.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC').trim().replace(/\s+/gu, ' ');
}
