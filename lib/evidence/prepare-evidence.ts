/**
 * The steps between "the person chose a file" and "the file is ready to store": check the space, then hash the
 * original bytes in a worker. Nothing is stored here; the caller stores the untouched File with its hash
 * (docs/sources.md, "Evidence integrity": hash the original bytes at import, before any processing).
 */
import { hashFileInWorker, type HashFileOptions } from './hash-file';
import { isAbortError } from './hash-stream';
import { checkSpaceFor, type SpaceCheck } from './storage-space';

/** What the caller stores: the file exactly as chosen, and its metadata. */
export type AttachedEvidence = {
  /** The original file, never re-encoded, resized or stripped. */
  file: File;
  /** SHA-256 of the file's bytes, 64 lower-case hex digits, computed on this device. */
  sha256: string;
  sizeBytes: number;
  /** The type the browser reports, or 'application/octet-stream' when it reports none. */
  mimeType: string;
  /** The file's name as chosen (camera photos get a name from the browser). */
  fileName: string;
  /** The file's own last-modified time, in milliseconds since 1970 (UTC). */
  lastModified: number;
};

export type PrepareOutcome =
  | { status: 'ready'; evidence: AttachedEvidence }
  | { status: 'not_enough_space'; neededBytes: number; availableBytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

export type PrepareSteps = {
  checkSpace: (bytes: number) => Promise<SpaceCheck>;
  hash: (file: Blob, opts: HashFileOptions) => Promise<string>;
};

const BROWSER_STEPS: PrepareSteps = { checkSpace: (bytes) => checkSpaceFor(bytes), hash: hashFileInWorker };

/**
 * Checks the space and hashes the file, reporting progress; never throws. A cancel (the signal) or a refusal for
 * space returns before anything could have been stored, so the caller has nothing to undo.
 */
export async function prepareEvidence(
  file: File,
  opts: HashFileOptions & { onHashing?: () => void } = {},
  steps: PrepareSteps = BROWSER_STEPS,
): Promise<PrepareOutcome> {
  const { signal, onProgress, onHashing } = opts;
  try {
    const space = await steps.checkSpace(file.size);
    if (!space.ok) {
      return {
        status: 'not_enough_space',
        neededBytes: space.neededBytes,
        availableBytes: space.availableBytes,
      };
    }
    if (signal?.aborted) return { status: 'cancelled' };
    onHashing?.();
    const sha256 = await steps.hash(file, { signal, onProgress });
    return { status: 'ready', evidence: describeEvidence(file, sha256) };
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) return { status: 'cancelled' };
    return { status: 'failed', error };
  }
}

/** Builds the record the caller stores from the chosen file and its hash. */
export function describeEvidence(file: File, sha256: string): AttachedEvidence {
  return {
    file,
    sha256,
    sizeBytes: file.size,
    mimeType: file.type === '' ? 'application/octet-stream' : file.type,
    fileName: file.name,
    lastModified: file.lastModified,
  };
}
