/**
 * Where evidence files go: into IndexedDB through the repository, or, in a private session, into memory only (gone
 * when the page closes). Files are stored exactly as attached, never altered.
 */
import { getRepository } from './instance';

const memoryFiles = new Map<string, Blob>();

export type EvidenceFileInput = { id: string; caseId: string; blob: Blob; sha256: string; sizeBytes: number };

/** Stores one evidence file; resolves once it is written. */
export async function storeEvidenceFile(file: EvidenceFileInput, isPrivate: boolean): Promise<void> {
  if (isPrivate) {
    memoryFiles.set(file.id, file.blob);
    return;
  }
  await getRepository().repository.putEvidenceFile({ ...file, addedAt: new Date().toISOString() });
}

/** Reads an evidence file back (for the pack), or undefined when it is not on this device. */
export async function readEvidenceFile(id: string, isPrivate: boolean): Promise<Blob | undefined> {
  if (isPrivate) return memoryFiles.get(id);
  return (await getRepository().repository.getEvidenceFile(id))?.blob;
}

/** Removes an evidence file (the record was removed, or its form was cancelled). */
export async function removeEvidenceFile(id: string, isPrivate: boolean): Promise<void> {
  if (isPrivate) {
    memoryFiles.delete(id);
    return;
  }
  await getRepository().repository.deleteEvidenceFile(id);
}
