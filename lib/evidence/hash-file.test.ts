import { createHash, randomBytes } from 'node:crypto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { hashFileInWorker } from './hash-file';
import { serveHashRequest, type HashRequest } from './hash-protocol';

type Listener = (event: unknown) => void;
type Behaviour = 'works' | 'fails_to_load' | 'throws_on_create';

// A stand-in for the browser's Worker that runs the real worker code in the same thread.
class FakeWorker {
  static behaviour: Behaviour = 'works';
  static instances: FakeWorker[] = [];
  readonly listeners = new Map<string, Listener[]>();
  isTerminated = false;

  constructor(
    readonly url: URL,
    readonly options: { type?: string },
  ) {
    if (FakeWorker.behaviour === 'throws_on_create') throw new Error('no workers here');
    FakeWorker.instances.push(this);
  }

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  terminate() {
    this.isTerminated = true;
  }

  postMessage(request: HashRequest) {
    if (FakeWorker.behaviour === 'fails_to_load') {
      setTimeout(() => this.emit('error', { message: 'Failed to load', preventDefault: () => undefined }));
      return;
    }
    void serveHashRequest(request, (data) => {
      // A terminated worker posts nothing more.
      if (!this.isTerminated) this.emit('message', { data });
    });
  }

  private emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function useFakeWorker(behaviour: Behaviour) {
  FakeWorker.behaviour = behaviour;
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('hashFileInWorker', () => {
  it('hashes in a module worker, reports progress to the end, and then stops the worker', async () => {
    useFakeWorker('works');
    const bytes = randomBytes(9 * 1024 * 1024 + 7);
    const progress: number[] = [];
    const hash = await hashFileInWorker(new Blob([bytes]), { onProgress: (done) => progress.push(done) });
    expect(hash).toBe(sha256Of(bytes));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(bytes.length);
    const [worker] = FakeWorker.instances;
    expect(worker?.url.pathname).toMatch(/\/lib\/evidence\/hash-worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.isTerminated).toBe(true);
  });

  it('stops the worker and rejects with an AbortError when cancelled', async () => {
    useFakeWorker('works');
    const controller = new AbortController();
    const promise = hashFileInWorker(new Blob([randomBytes(9 * 1024 * 1024)]), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.instances[0]?.isTerminated).toBe(true);
  });

  it('does not start a worker when already cancelled', async () => {
    useFakeWorker('works');
    const controller = new AbortController();
    controller.abort();
    await expect(hashFileInWorker(new Blob(['x']), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it('rejects with the worker’s error, keeping its name, and stops the worker', async () => {
    useFakeWorker('works');
    const failing = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }),
    } as unknown as Blob;
    await expect(hashFileInWorker(failing)).rejects.toMatchObject({
      name: 'NotReadableError',
      message: 'gone',
    });
    expect(FakeWorker.instances[0]?.isTerminated).toBe(true);
  });

  it.each<[string, () => void, string | null]>([
    ['there is no Worker', () => vi.stubGlobal('Worker', undefined), null],
    ['a worker cannot be created', () => useFakeWorker('throws_on_create'), 'no workers here'],
    ['the worker script does not load', () => useFakeWorker('fails_to_load'), 'Failed to load'],
  ])('falls back to the main thread when %s', async (_name, setUp, reported) => {
    setUp();
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const bytes = randomBytes(3 * 1024 * 1024 + 1);
    const progress: number[] = [];
    const hash = await hashFileInWorker(new Blob([bytes]), { onProgress: (done) => progress.push(done) });
    expect(hash).toBe(sha256Of(bytes));
    expect(progress.at(-1)).toBe(bytes.length);
    for (const worker of FakeWorker.instances) expect(worker.isTerminated).toBe(true);
    // Only a worker that exists but cannot start is a fault worth reporting; no workers at all is not.
    if (reported === null) expect(reportError).not.toHaveBeenCalled();
    else {
      expect(reportError).toHaveBeenCalledOnce();
      expect(String(reportError.mock.calls[0]?.[0])).toContain(reported);
    }
  });

  it('reports nothing when the worker hashes', async () => {
    useFakeWorker('works');
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    await hashFileInWorker(new Blob(['evidence']));
    expect(reportError).not.toHaveBeenCalled();
  });

  it('still falls back where reportError does not exist', async () => {
    useFakeWorker('fails_to_load');
    vi.stubGlobal('reportError', undefined);
    const bytes = randomBytes(1024);
    await expect(hashFileInWorker(new Blob([bytes]))).resolves.toBe(sha256Of(bytes));
  });
});
