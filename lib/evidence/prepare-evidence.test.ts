import { describe, expect, it, vi } from 'vitest';

import { hashBlob } from './hash-stream';
import { prepareEvidence, type PrepareSteps } from './prepare-evidence';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function fileOf(text: string, name = 'chat.txt', type = 'text/plain'): File {
  return new File([text], name, { type, lastModified: 1_700_000_000_000 });
}

function steps(overrides: Partial<PrepareSteps> = {}): PrepareSteps {
  return {
    checkSpace: () => Promise.resolve({ ok: true }),
    hash: (blob, opts) => hashBlob(blob, opts),
    ...overrides,
  };
}

describe('prepareEvidence', () => {
  it('hands back the untouched file with its hash and metadata', async () => {
    const file = fileOf('abc');
    const onHashing = vi.fn();
    const outcome = await prepareEvidence(file, { onHashing }, steps());
    expect(outcome).toEqual({
      status: 'ready',
      evidence: {
        file,
        sha256: ABC_SHA256,
        sizeBytes: 3,
        mimeType: 'text/plain',
        fileName: 'chat.txt',
        lastModified: 1_700_000_000_000,
      },
    });
    expect(outcome.status === 'ready' && outcome.evidence.file).toBe(file);
    expect(onHashing).toHaveBeenCalledOnce();
  });

  it('names an unknown type as plain bytes', async () => {
    const outcome = await prepareEvidence(fileOf('abc', 'export', ''), {}, steps());
    expect(outcome).toMatchObject({ status: 'ready', evidence: { mimeType: 'application/octet-stream' } });
  });

  it('stops before hashing when there is not enough space', async () => {
    const hash = vi.fn(() => Promise.resolve('x'));
    const outcome = await prepareEvidence(
      fileOf('abc'),
      {},
      steps({
        checkSpace: () =>
          Promise.resolve({ ok: false, reason: 'not_enough_space', neededBytes: 3, availableBytes: 1 }),
        hash,
      }),
    );
    expect(outcome).toEqual({ status: 'not_enough_space', neededBytes: 3, availableBytes: 1 });
    expect(hash).not.toHaveBeenCalled();
  });

  it('reports a cancel as cancelled, not as a failure', async () => {
    const controller = new AbortController();
    const outcome = await prepareEvidence(
      fileOf('a'.repeat(10_000)),
      { signal: controller.signal },
      steps({
        hash: (blob, opts) =>
          hashBlob(blob, { ...opts, chunkBytes: 100, onProgress: (d) => d > 500 && controller.abort() }),
      }),
    );
    expect(outcome).toEqual({ status: 'cancelled' });
  });

  it('does not start hashing when cancelled during the space check', async () => {
    const controller = new AbortController();
    const hash = vi.fn(() => Promise.resolve('x'));
    const outcome = await prepareEvidence(
      fileOf('abc'),
      { signal: controller.signal },
      steps({
        checkSpace: () => {
          controller.abort();
          return Promise.resolve({ ok: true });
        },
        hash,
      }),
    );
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(hash).not.toHaveBeenCalled();
  });

  it('reports a read failure without throwing', async () => {
    const error = new DOMException('gone', 'NotReadableError');
    const outcome = await prepareEvidence(fileOf('abc'), {}, steps({ hash: () => Promise.reject(error) }));
    expect(outcome).toEqual({ status: 'failed', error });
  });
});
