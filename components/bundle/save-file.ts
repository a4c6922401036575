// Saving what the app made as a file on the device, and the files named by an evidence mismatch: shared by the
// pack's exports (components/pack), the handover bundle and the backup.
import type { EvidenceMismatch } from '@/lib/referral-pack/exports/bundle';

/** The files that changed since they were attached, when the error is the bundle's evidence mismatch. */
export function getMismatches(error: unknown): EvidenceMismatch[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidate = error as { code?: unknown; mismatches?: unknown };
  return candidate.code === 'evidence_mismatch' && Array.isArray(candidate.mismatches)
    ? (candidate.mismatches as EvidenceMismatch[])
    : null;
}

/** Saves bytes or text as a file through a Blob URL and an <a download> click. */
export function saveFile(content: Uint8Array | string, fileName: string, type: string): void {
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
