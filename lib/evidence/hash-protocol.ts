/**
 * The messages between the page and the hashing worker, and the worker's side of the conversation. Kept apart from
 * hash-worker.ts (which only wires it to the worker's global scope) so it can be tested in Node.
 */
import { hashBlob } from './hash-stream';

/** Page → worker: hash this file. The Blob is passed by reference (structured clone), not copied into memory. */
export type HashRequest = { type: 'hash'; id: string; blob: Blob; chunkBytes: number };

/** Worker → page: progress (at most about 10 a second), then exactly one `done` or `error`. */
export type HashResponse =
  | { type: 'progress'; id: string; done: number; total: number }
  | { type: 'done'; id: string; sha256: string }
  | { type: 'error'; id: string; message: string; name?: string };

/** Minimum time between two progress messages, so a fast hash does not flood the page with renders. */
export const PROGRESS_INTERVAL_MS = 100;

/** Tells whether a message received by the worker is a well-formed hash request. */
export function isHashRequest(value: unknown): value is HashRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof HashRequest, unknown>>;
  return (
    v.type === 'hash' &&
    typeof v.id === 'string' &&
    v.blob instanceof Blob &&
    typeof v.chunkBytes === 'number'
  );
}

/** Tells whether a message received by the page is one of the worker's replies. */
export function isHashResponse(value: unknown): value is HashResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; id?: unknown };
  return typeof v.id === 'string' && (v.type === 'progress' || v.type === 'done' || v.type === 'error');
}

/**
 * Hashes the requested file and posts progress and the result. Progress is posted at the start, at the end, and in
 * between no more often than every PROGRESS_INTERVAL_MS. Never throws: failures become an `error` message.
 */
export async function serveHashRequest(
  request: HashRequest,
  post: (message: HashResponse) => void,
  now: () => number = () => Date.now(),
): Promise<void> {
  const { id, blob, chunkBytes } = request;
  let lastPost = Number.NEGATIVE_INFINITY;
  const onProgress = (done: number, total: number) => {
    const t = now();
    if (done !== 0 && done !== total && t - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = t;
    post({ type: 'progress', id, done, total });
  };
  try {
    const sha256 = await hashBlob(blob, { chunkBytes, onProgress });
    post({ type: 'done', id, sha256 });
  } catch (error) {
    const name = error instanceof Error ? error.name : undefined;
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', id, message, ...(name === undefined ? {} : { name }) });
  }
}
