/**
 * The handover bundle's layout, its limits and the codes of every refusal (docs/handover-bundle.md). Pure: no
 * library, no storage. A bundle is a ZIP holding `case.json` (the case file, lib/case/case-file.ts),
 * `evidence/<record id>/<file name>` for each evidence file kept on the device, and `SHA256SUMS` (the format
 * `sha256sum -c` checks) listing every other file. When protected, every entry is encrypted with WinZip AES-256.
 */

export const HANDOVER_PATHS = {
  caseJson: 'case.json',
  manifest: 'SHA256SUMS',
  evidenceDir: 'evidence',
} as const;

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

/** Refuses a bundle by its size alone, before it is read; null when the size is acceptable. */
export function checkBundleSize(sizeBytes: number): 'bundle_empty' | 'bundle_too_large' | null {
  if (!Number.isFinite(sizeBytes) || sizeBytes <= 0) return 'bundle_empty';
  if (sizeBytes > MAX_BUNDLE_BYTES) return 'bundle_too_large';
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
