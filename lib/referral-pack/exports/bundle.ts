/**
 * The export bundle: one ZIP with the PDF, the case file (JSON), the payments (CSV), every evidence file
 * exactly as it was stored, and a `SHA256SUMS` manifest that `sha256sum -c SHA256SUMS` verifies.
 *
 * Evidence is hashed again first; if any file no longer matches the hash taken when it was attached, the
 * export stops with an `EvidenceMismatchError` and no ZIP is made (docs/sources.md, "Evidence integrity", test H3).
 *
 * The manifest and the PDF (chicken and egg): the PDF's cover prints the manifest's own SHA-256, so the
 * manifest cannot also list the PDF. `SHA256SUMS` therefore covers every file except the PDF (case.json,
 * payments.csv, README.txt when given, and evidence/...), and the PDF gets its own one-line manifest,
 * `pack.pdf.sha256`, in the same format (`sha256sum -c pack.pdf.sha256`). A printed PDF is thereby tied to
 * the exact digital bundle: hash `SHA256SUMS` and compare with the cover. The manifest depends only on the
 * case file, the payments CSV and the evidence's recorded hashes and names, so `planBundleManifest` can give
 * its hash before the PDF is rendered, and `buildBundle` can render the PDF through a callback after the check.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

import { buildEvidencePaths, buildSha256Sums, type ManifestEntry } from './sha256sums';
import { sha256Hex, sha256HexOfText } from './sha256';

export const BUNDLE_PATHS = {
  pdf: 'pack.pdf',
  pdfSum: 'pack.pdf.sha256',
  caseJson: 'case.json',
  paymentsCsv: 'payments.csv',
  readme: 'README.txt',
  manifest: 'SHA256SUMS',
} as const;

export type EvidenceFile = { id: string; fileName: string; expectedSha256: string; bytes: Uint8Array };

export type ManifestPlan = {
  /** Text of `SHA256SUMS`. */
  manifest: string;
  /** SHA-256 of `SHA256SUMS`, to print on the PDF's cover. */
  manifestSha256: string;
  /** Where each evidence file goes in the bundle, in input order (same order as `evidence`). */
  evidencePaths: string[];
};

export type BundleInput = {
  /** The rendered PDF; it should already print `manifestSha256` (see `planBundleManifest`). */
  pdf?: Uint8Array;
  /** Or: render the PDF once the evidence has been checked and the manifest's hash is known. */
  renderPdf?: (plan: ManifestPlan) => Promise<Uint8Array>;
  caseJson: string;
  paymentsCsv: string;
  /** Optional how-to-verify note in the pack's language, included and listed in the manifest. */
  readme?: string;
  evidence: EvidenceFile[];
  /** Modification time written for every file in the ZIP. Defaults to now; pass it for reproducible bundles. */
  generatedAt?: Date;
  /** Called with steps done and total steps: one per evidence file checked, one per file written. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

export type Bundle = { zip: Uint8Array; manifest: string; manifestSha256: string; pdfSha256: string | null };

export type EvidenceMismatch = { id: string; fileName: string; expected: string; actual: string };

/** Thrown when evidence changed after it was attached: the export stops and says which files. */
export class EvidenceMismatchError extends Error {
  override readonly name = 'EvidenceMismatchError';
  readonly code = 'evidence_mismatch';
  constructor(readonly mismatches: EvidenceMismatch[]) {
    super(
      `Evidence changed since it was attached: ${mismatches.map((m) => `${m.id} (${m.fileName})`).join(', ')}`,
    );
  }
}

/**
 * Thrown before anything is written when the bundle would pass the plain ZIP format's limits (4 GiB per file
 * and in all, 65,535 files): fflate does not write ZIP64, and a silently broken archive is worse than none.
 */
export class BundleTooLargeError extends Error {
  override readonly name = 'BundleTooLargeError';
  readonly code = 'bundle_too_large';
  constructor(
    readonly totalBytes: number,
    readonly fileCount: number,
  ) {
    super(`The bundle is too large for a ZIP file: ${totalBytes} bytes in ${fileCount} files`);
  }
}

// Headroom under 2^32 for headers and the central directory.
const ZIP_MAX_BYTES = 0xffffffff - 64 * 1024 * 1024;
const ZIP_MAX_FILES = 0xffff;

/** Computes the bundle's `SHA256SUMS` and its hash from the recorded hashes, before any PDF exists. */
export async function planBundleManifest(input: {
  caseJson: string;
  paymentsCsv: string;
  readme?: string;
  evidence: readonly { fileName: string; expectedSha256: string }[];
}): Promise<ManifestPlan> {
  const evidencePaths = buildEvidencePaths(input.evidence.map((file) => file.fileName));
  const entries: ManifestEntry[] = [
    { path: BUNDLE_PATHS.caseJson, sha256: await sha256HexOfText(input.caseJson) },
    { path: BUNDLE_PATHS.paymentsCsv, sha256: await sha256HexOfText(input.paymentsCsv) },
    ...input.evidence.map((file, index) => ({
      path: evidencePaths[index] ?? '',
      sha256: file.expectedSha256,
    })),
  ];
  if (input.readme !== undefined) {
    entries.push({ path: BUNDLE_PATHS.readme, sha256: await sha256HexOfText(input.readme) });
  }
  const manifest = buildSha256Sums(entries);
  return { manifest, manifestSha256: await sha256HexOfText(manifest), evidencePaths };
}

/**
 * Checks every evidence file against its recorded hash, then writes the ZIP. Throws `EvidenceMismatchError`
 * (and makes nothing) when any file changed, and the signal's reason when aborted.
 */
export async function buildBundle(input: BundleInput): Promise<Bundle> {
  const hasPdf = input.pdf !== undefined || input.renderPdf !== undefined;
  // Evidence checks, then each file written (README, SHA256SUMS, PDF and its sum, case, payments, evidence), then the end.
  const fileCount = (input.readme === undefined ? 0 : 1) + 1 + (hasPdf ? 2 : 0) + 2 + input.evidence.length;
  const total = input.evidence.length + fileCount + 1;
  let done = 0;
  const step = (): void => {
    done += 1;
    input.onProgress?.(done, total);
  };
  const evidenceBytes = input.evidence.reduce((sum, file) => sum + file.bytes.length, 0);
  if (evidenceBytes > ZIP_MAX_BYTES || fileCount > ZIP_MAX_FILES)
    throw new BundleTooLargeError(evidenceBytes, fileCount);
  input.onProgress?.(0, total);
  await verifyEvidence(input.evidence, step, input.signal);
  const plan = await planBundleManifest(input);
  input.signal?.throwIfAborted();
  const pdf = input.pdf ?? (await input.renderPdf?.(plan));
  const pdfSha256 = pdf === undefined ? null : await sha256Hex(pdf);
  const zip = await writeZip(input, plan, pdf, pdfSha256, step);
  return { zip, manifest: plan.manifest, manifestSha256: plan.manifestSha256, pdfSha256 };
}

async function verifyEvidence(
  evidence: readonly EvidenceFile[],
  step: () => void,
  signal?: AbortSignal,
): Promise<void> {
  const mismatches: EvidenceMismatch[] = [];
  for (const file of evidence) {
    signal?.throwIfAborted();
    const actual = await sha256Hex(file.bytes);
    const expected = file.expectedSha256.toLowerCase();
    if (actual !== expected) mismatches.push({ id: file.id, fileName: file.fileName, expected, actual });
    step();
  }
  if (mismatches.length > 0) throw new EvidenceMismatchError(mismatches);
}

const YIELD_EVERY_MS = 40;

type ZipEntry = { path: string; bytes: Uint8Array; compress: boolean };

async function writeZip(
  input: BundleInput,
  plan: ManifestPlan,
  pdf: Uint8Array | undefined,
  pdfSha256: string | null,
  step: () => void,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const text = (path: string, value: string): ZipEntry => ({
    path,
    bytes: encoder.encode(value),
    compress: true,
  });
  const entries: ZipEntry[] = [];
  if (input.readme !== undefined) entries.push(text(BUNDLE_PATHS.readme, input.readme));
  entries.push(text(BUNDLE_PATHS.manifest, plan.manifest));
  if (pdf !== undefined && pdfSha256 !== null) {
    entries.push({ path: BUNDLE_PATHS.pdf, bytes: pdf, compress: false });
    entries.push(text(BUNDLE_PATHS.pdfSum, buildSha256Sums([{ path: BUNDLE_PATHS.pdf, sha256: pdfSha256 }])));
  }
  entries.push(
    text(BUNDLE_PATHS.caseJson, input.caseJson),
    text(BUNDLE_PATHS.paymentsCsv, input.paymentsCsv),
  );
  // Evidence is stored, not recompressed: it is mostly JPEG, PNG, MP4 or PDF already, and stays byte-identical.
  input.evidence.forEach((file, index) => {
    entries.push({ path: plan.evidencePaths[index] ?? '', bytes: file.bytes, compress: false });
  });
  return zipEntries(entries, input.generatedAt ?? new Date(), step, input.signal);
}

async function zipEntries(
  entries: readonly ZipEntry[],
  mtime: Date,
  step: () => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error);
    else chunks.push(chunk);
  });
  let lastYield = Date.now();
  const totalBytes = entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
  if (totalBytes > ZIP_MAX_BYTES) throw new BundleTooLargeError(totalBytes, entries.length);
  for (const entry of entries) {
    signal?.throwIfAborted();
    const file = entry.compress ? new ZipDeflate(entry.path, { level: 6 }) : new ZipPassThrough(entry.path);
    file.mtime = mtime;
    zip.add(file);
    file.push(entry.bytes, true);
    step();
    // Now and then, let the page repaint its progress bar and notice a cancel.
    if (Date.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  zip.end();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  step();
  return concatChunks(chunks);
}

function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
