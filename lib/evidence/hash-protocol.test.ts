import { createHash, randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  isHashRequest,
  isHashResponse,
  PROGRESS_INTERVAL_MS,
  serveHashRequest,
  type HashResponse,
} from './hash-protocol';

describe('the hashing worker', () => {
  it('posts progress, then the hash', async () => {
    const bytes = randomBytes(5000);
    const posted: HashResponse[] = [];
    await serveHashRequest({ type: 'hash', id: 'a', blob: new Blob([bytes]), chunkBytes: 1000 }, (m) =>
      posted.push(m),
    );
    expect(posted[0]).toEqual({ type: 'progress', id: 'a', done: 0, total: 5000 });
    expect(posted.at(-2)).toEqual({ type: 'progress', id: 'a', done: 5000, total: 5000 });
    expect(posted.at(-1)).toEqual({
      type: 'done',
      id: 'a',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('posts progress at most about ten times a second, but always the start and the end', async () => {
    let clock = 0;
    // Every piece "takes" 30 ms.
    const now = () => (clock += 30);
    const posted: HashResponse[] = [];
    await serveHashRequest(
      { type: 'hash', id: 'b', blob: new Blob([randomBytes(100_000)]), chunkBytes: 1000 },
      (m) => posted.push(m),
      now,
    );
    const progress = posted.filter((m) => m.type === 'progress');
    // 101 progress calls over about 3 seconds: about 30 messages, not 101.
    expect(progress.length).toBeGreaterThan(20);
    expect(progress.length).toBeLessThan(40);
    expect(progress[0]).toMatchObject({ done: 0 });
    expect(progress.at(-1)).toMatchObject({ done: 100_000, total: 100_000 });
    expect(PROGRESS_INTERVAL_MS).toBe(100);
  });

  it('posts an error, with its name, when the file cannot be read', async () => {
    const failing = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotFoundError')) }),
    } as unknown as Blob;
    const posted: HashResponse[] = [];
    await serveHashRequest({ type: 'hash', id: 'c', blob: failing, chunkBytes: 4 }, (m) => posted.push(m));
    expect(posted.at(-1)).toEqual({ type: 'error', id: 'c', message: 'gone', name: 'NotFoundError' });
  });

  it('recognises well-formed messages only', () => {
    expect(isHashRequest({ type: 'hash', id: '1', blob: new Blob([]), chunkBytes: 4 })).toBe(true);
    expect(isHashRequest({ type: 'hash', id: '1', blob: 'not a blob', chunkBytes: 4 })).toBe(false);
    expect(isHashRequest(null)).toBe(false);
    expect(isHashResponse({ type: 'done', id: '1', sha256: 'x' })).toBe(true);
    expect(isHashResponse({ type: 'other', id: '1' })).toBe(false);
    expect(isHashResponse('done')).toBe(false);
  });
});
