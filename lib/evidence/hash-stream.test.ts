import { createHash, randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { hashBlob, isAbortError } from './hash-stream';

function nodeSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function blobOf(bytes: Uint8Array): Blob {
  return new Blob([new Uint8Array(bytes)]);
}

describe('hashBlob', () => {
  it.each([
    ['the empty file', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'one million "a"',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ])('gives the known answer for %s', async (_name, text, expected) => {
    await expect(hashBlob(new Blob([text]))).resolves.toBe(expected);
    // The same answer in small, odd-sized pieces.
    const chunkBytes = text.length > 1000 ? 65_537 : 1;
    await expect(hashBlob(new Blob([text]), { chunkBytes })).resolves.toBe(expected);
  });

  it.each([55, 56, 63, 64, 65, 119, 120, 127, 128, 129])(
    'matches node:crypto for %i bytes (SHA-256 padding edges)',
    async (size) => {
      const bytes = randomBytes(size);
      const want = nodeSha256(bytes);
      await expect(hashBlob(blobOf(bytes))).resolves.toBe(want);
      await expect(hashBlob(blobOf(bytes), { chunkBytes: 1 })).resolves.toBe(want);
      await expect(hashBlob(blobOf(bytes), { chunkBytes: 64 })).resolves.toBe(want);
    },
  );

  it('matches node:crypto at piece boundaries plus and minus one, with small pieces', async () => {
    for (const chunkBytes of [1, 3, 16, 63, 64, 65, 1000]) {
      for (const pieces of [1, 2, 5]) {
        for (const delta of [-1, 0, 1]) {
          const size = chunkBytes * pieces + delta;
          if (size < 0) continue;
          const bytes = randomBytes(size);
          const got = await hashBlob(blobOf(bytes), { chunkBytes });
          expect(got, `size ${size}, pieces of ${chunkBytes}`).toBe(nodeSha256(bytes));
        }
      }
    }
  });

  it('matches node:crypto for a few random sizes around the default 4 MiB piece', async () => {
    const MiB = 1024 * 1024;
    for (const size of [4 * MiB - 1, 4 * MiB, 4 * MiB + 1, 9 * MiB + 12345]) {
      const bytes = randomBytes(size);
      await expect(hashBlob(blobOf(bytes))).resolves.toBe(nodeSha256(bytes));
    }
  });

  it('hashes a blob made of several parts as one stream of bytes', async () => {
    const a = randomBytes(100);
    const b = randomBytes(333);
    const whole = new Uint8Array([...a, ...b]);
    const blob = new Blob([new Uint8Array(a), 'text in the middle', new Uint8Array(b)]);
    const joined = new Uint8Array(await blob.arrayBuffer());
    expect(joined.length).toBe(whole.length + 18);
    await expect(hashBlob(blob, { chunkBytes: 50 })).resolves.toBe(nodeSha256(joined));
  });

  it('returns 64 lower-case hex digits', async () => {
    await expect(hashBlob(new Blob(['evidence']))).resolves.toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports progress that never goes back and ends at the total', async () => {
    const bytes = randomBytes(10_001);
    const calls: Array<[number, number]> = [];
    await hashBlob(blobOf(bytes), { chunkBytes: 1000, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([0, 10_001]);
    expect(calls.at(-1)).toEqual([10_001, 10_001]);
    expect(calls).toHaveLength(12);
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i]?.[0]).toBeGreaterThanOrEqual(calls[i - 1]?.[0] ?? Infinity);
      expect(calls[i]?.[1]).toBe(10_001);
    }
  });

  it('reports progress once, as 0 of 0, for an empty file', async () => {
    const calls: Array<[number, number]> = [];
    await hashBlob(new Blob([]), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[0, 0]]);
  });

  it('refuses a piece size that is not a positive integer', async () => {
    for (const chunkBytes of [0, -1, 1.5, Number.NaN, Infinity]) {
      await expect(hashBlob(new Blob(['x']), { chunkBytes })).rejects.toThrow(RangeError);
    }
  });
});

describe('cancelling a hash', () => {
  it('rejects with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await hashBlob(new Blob(['abc']), { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DOMException);
    expect(isAbortError(error)).toBe(true);
  });

  it('stops part way and reads no further pieces', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const promise = hashBlob(blobOf(randomBytes(100_000)), {
      chunkBytes: 1000,
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 5000) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...seen)).toBe(5000);
  });

  it('rejects promptly, without waiting for a slow read to finish', async () => {
    const controller = new AbortController();
    // A blob whose pieces take a long time to read, as a file on slow storage might.
    const slow = {
      size: 10,
      slice: () => ({ arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined) }),
    } as unknown as Blob;
    const promise = hashBlob(slow, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const started = Date.now();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('passes read errors through unchanged', async () => {
    const failing = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }),
    } as unknown as Blob;
    await expect(hashBlob(failing, { signal: new AbortController().signal })).rejects.toMatchObject({
      name: 'NotReadableError',
    });
    await expect(hashBlob(failing)).rejects.toMatchObject({ name: 'NotReadableError' });
  });

  it('tells an AbortError from other errors', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('x'))).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });
});
