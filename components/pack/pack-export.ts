// Making the pack's files in the browser: the PDF and the ZIP load their libraries only when asked for (pdf-lib
// and fontkit are large), evidence files are read back from this device, and files are saved through a
// Blob URL and an <a download> click.
import type { Case, EvidenceItem } from '@/lib/case/schema';
import { DamagedRecordError } from '@/lib/persistence/at-rest';
import { readEvidenceFile } from '@/lib/persistence/evidence-files';
import type { EvidenceFile } from '@/lib/referral-pack/exports/bundle';
import type { PackDocument } from '@/lib/referral-pack/document/document';

// Saving a file and reading an evidence mismatch are shared with the bundle and backup screens (components/bundle).
export { getMismatches, saveFile } from '@/components/bundle/save-file';

export type PageSize = 'a4' | 'letter';

/** Renders the pack to PDF bytes, loading the renderer and the fonts on first use. */
export async function makePackPdf(doc: PackDocument, pageSize: PageSize): Promise<Uint8Array> {
  const [{ renderPackPdf }, { fetchPackFonts }] = await Promise.all([
    import('@/lib/referral-pack/pdf/render-pdf'),
    import('@/lib/referral-pack/pdf/fonts'),
  ]);
  return renderPackPdf(doc, await fetchPackFonts(), { pageSize });
}

/** Evidence items that have a stored file (a name and a recorded hash). */
export function listEvidenceWithFiles(
  caseData: Case,
): (EvidenceItem & { fileName: string; sha256: string })[] {
  return caseData.evidence.filter(
    (e): e is EvidenceItem & { fileName: string; sha256: string } => e.fileName !== null && e.sha256 !== null,
  );
}

/**
 * Reads every evidence file back from this device; those not found are listed apart. A stored file that can no
 * longer be opened (damaged: its sealed bytes changed) goes in with no bytes, so the bundle's fingerprint check
 * stops the export and names it as changed since it was added, which it is; its bytes are never shown or used.
 */
export async function collectEvidence(
  caseData: Case,
  isPrivate: boolean,
): Promise<{ files: EvidenceFile[]; missing: string[] }> {
  const files: EvidenceFile[] = [];
  const missing: string[] = [];
  for (const item of listEvidenceWithFiles(caseData)) {
    const blob = await readEvidenceFile(item.id, isPrivate).catch((error: unknown) => {
      if (error instanceof DamagedRecordError) return new Blob([]);
      throw error;
    });
    if (blob === undefined) missing.push(item.fileName);
    else
      files.push({
        id: item.id,
        fileName: item.fileName,
        expectedSha256: item.sha256,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      });
  }
  return { files, missing };
}

export type BundleRequest = {
  /** Builds the document with the manifest's hash on its cover. */
  docFor: (manifestSha256: string) => PackDocument;
  pageSize: PageSize;
  caseJson: string;
  paymentsCsv: string;
  readme: string;
  evidence: EvidenceFile[];
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
};

/** Makes the ZIP bundle; throws the bundle's errors (evidence mismatch, too large, aborted). */
export async function makePackBundle(
  request: BundleRequest,
): Promise<{ zip: Uint8Array; manifestSha256: string }> {
  const { buildBundle } = await import('@/lib/referral-pack/exports/bundle');
  const bundle = await buildBundle({
    renderPdf: (plan) => makePackPdf(request.docFor(plan.manifestSha256), request.pageSize),
    caseJson: request.caseJson,
    paymentsCsv: request.paymentsCsv,
    readme: request.readme,
    evidence: request.evidence,
    onProgress: request.onProgress,
    signal: request.signal,
  });
  return { zip: bundle.zip, manifestSha256: bundle.manifestSha256 };
}

/** Tells whether an error is a cancel (the signal's abort). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Whether this device can share files through the Web Share API. */
export function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([''], 'pack.pdf', { type: 'application/pdf' })] });
  } catch {
    return false;
  }
}
