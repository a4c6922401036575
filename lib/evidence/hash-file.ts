/**
 * Hashes an evidence file in a Web Worker, off the main thread, with progress and cancel. One worker per file: it
 * is terminated when the hash is done, when it fails and when the person cancels, so nothing keeps running.
 * Where workers are missing, or the worker script cannot start, the same code runs on the main thread in smaller
 * pieces, so attaching a file still works (more slowly) instead of failing. A browser without workers falls back
 * quietly; a worker that exists but cannot start is a bug in the build or the service worker, so it is also
 * reported as an uncaught error (console, development overlay, `error` event) while the hash carries on.
 */
import { isHashResponse, type HashRequest, type HashResponse } from './hash-protocol';
import { createAbortError, DEFAULT_CHUNK_BYTES, hashBlob } from './hash-stream';

export type HashFileOptions = {
  /** Bytes hashed so far and in total; called at most about 10 times a second. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Aborting terminates the worker and rejects with a DOMException named 'AbortError'. */
  signal?: AbortSignal;
};

// On the main thread, smaller pieces keep each step short, so the screen can still respond between them.
const MAIN_THREAD_CHUNK_BYTES = 1024 * 1024;

let nextRequestId = 1;

/** Returns the SHA-256 of the file's exact bytes as 64 lower-case hex digits, computed in a Web Worker. */
export function hashFileInWorker(file: Blob, opts: HashFileOptions = {}): Promise<string> {
  if (opts.signal?.aborted) return Promise.reject(createAbortError());
  const worker = startWorker();
  if (worker === null) return hashOnMainThread(file, opts);
  return runInWorker(worker, file, opts);
}

function hashOnMainThread(file: Blob, opts: HashFileOptions): Promise<string> {
  return hashBlob(file, { ...opts, chunkBytes: MAIN_THREAD_CHUNK_BYTES });
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // This exact form lets Next.js (Turbopack) find the worker and bundle it as its own file.
    return new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    reportWorkerFailure(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Reports, without throwing, that hashing left its worker, so the fallback is never silent. */
function reportWorkerFailure(reason: string): void {
  const error = new Error(
    `The hashing worker could not start (${reason}); hashing on the main thread instead.`,
  );
  // Absent outside browsers (Node, older engines); there the fallback is all that can be done.
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
}

function runInWorker(worker: Worker, file: Blob, opts: HashFileOptions): Promise<string> {
  const { onProgress, signal } = opts;
  const id = `hash_${nextRequestId++}`;
  return new Promise<string>((resolve, reject) => {
    // The worker posts progress as soon as it starts; an error before that means its script did not load.
    let hasStarted = false;
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(createAbortError()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isHashResponse(message) || message.id !== id || signal?.aborted) return;
      hasStarted = true;
      handleResponse(message, {
        onProgress,
        resolve: (sha256) => finish(() => resolve(sha256)),
        reject: (error) => finish(() => reject(error)),
      });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (signal?.aborted) return;
      if (!hasStarted) {
        reportWorkerFailure(event.message || 'its script did not load');
        finish(() => resolve(hashOnMainThread(file, opts)));
      } else finish(() => reject(new Error(`The hashing worker failed: ${event.message}`)));
    });
    worker.addEventListener('messageerror', () => {
      finish(() => reject(new Error('The hashing worker sent a message that could not be read.')));
    });

    const request: HashRequest = { type: 'hash', id, blob: file, chunkBytes: DEFAULT_CHUNK_BYTES };
    worker.postMessage(request);
  });
}

type ResponseHandlers = {
  onProgress: HashFileOptions['onProgress'];
  resolve: (sha256: string) => void;
  reject: (error: Error) => void;
};

function handleResponse(message: HashResponse, handlers: ResponseHandlers): void {
  switch (message.type) {
    case 'progress':
      handlers.onProgress?.(message.done, message.total);
      return;
    case 'done':
      handlers.resolve(message.sha256);
      return;
    case 'error': {
      const error = new Error(message.message);
      if (message.name !== undefined) error.name = message.name;
      handlers.reject(error);
      return;
    }
  }
}
