/**
 * Streaming SHA-256 of a Blob, read piece by piece with `slice().arrayBuffer()` and fed to an incremental hasher,
 * so a file of hundreds of megabytes never sits in memory whole. `crypto.subtle.digest` would need the whole file
 * at once (w3c/webcrypto #73), which is why evidence files go through here (docs/sources.md, "Evidence integrity").
 * Pure: runs the same in a Web Worker, on the main thread and in Node.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Default piece size: large enough to be fast, small enough to keep memory flat on a phone. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

export type HashBlobOptions = {
  /** Bytes read per piece (a positive integer). Defaults to 4 MiB. */
  chunkBytes?: number;
  /** Called with the bytes hashed so far: once at the start, after every piece, and last with the total. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Aborting rejects the promise with a DOMException named 'AbortError', without waiting for the current read. */
  signal?: AbortSignal;
};

/**
 * Returns the SHA-256 of the blob's exact bytes as 64 lower-case hex digits, the form `sha256sum` prints.
 * The bytes are only read, never changed, so the hash is that of the original file.
 */
export async function hashBlob(blob: Blob, opts: HashBlobOptions = {}): Promise<string> {
  const { chunkBytes = DEFAULT_CHUNK_BYTES, onProgress, signal } = opts;
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes <= 0) {
    throw new RangeError(`chunkBytes must be a positive integer, got ${String(chunkBytes)}`);
  }
  throwIfAborted(signal);
  const total = blob.size;
  const hasher = sha256.create();
  onProgress?.(0, total);
  for (let start = 0; start < total; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, total);
    const piece = await untilAborted(blob.slice(start, end).arrayBuffer(), signal);
    throwIfAborted(signal);
    hasher.update(new Uint8Array(piece));
    onProgress?.(end, total);
  }
  throwIfAborted(signal);
  return bytesToHex(hasher.digest());
}

/** Makes the error an aborted hash rejects with, the one `fetch` and streams use. */
export function createAbortError(): DOMException {
  return new DOMException('Hashing was cancelled.', 'AbortError');
}

/** Tells whether an error means "cancelled on purpose" rather than a failure. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw createAbortError();
}

// Settles with the promise, or rejects as soon as the signal aborts, whichever comes first.
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(createAbortError());
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
