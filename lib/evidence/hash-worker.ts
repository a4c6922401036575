/**
 * The Web Worker that hashes evidence files, so a file of hundreds of megabytes is read and hashed without freezing
 * the screen (docs/sources.md, "Evidence integrity", test H2). Started by hash-file.ts, one worker per file;
 * the page cancels by terminating it. The conversation itself lives in hash-protocol.ts.
 */
import { isHashRequest, serveHashRequest, type HashResponse } from './hash-protocol';

// The parts of DedicatedWorkerGlobalScope used here, named so the DOM and worker type libraries do not clash.
type WorkerScope = {
  postMessage(message: HashResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (!isHashRequest(request)) return;
  void serveHashRequest(request, (message) => scope.postMessage(message));
});
