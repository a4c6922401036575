import { afterEach, describe, expect, it, vi } from 'vitest';

import { checkSpaceFor, isQuotaError, SPACE_MARGIN_BYTES } from './storage-space';

const MB = 1000 * 1000;

function estimateOf(quota: number | undefined, usage: number | undefined) {
  return () => Promise.resolve({ quota, usage });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkSpaceFor', () => {
  it('lets a file through when there is plenty of room', async () => {
    await expect(checkSpaceFor(10 * MB, estimateOf(1000 * MB, 100 * MB))).resolves.toEqual({ ok: true });
  });

  it('refuses a file larger than the space left, with sizes on the file’s scale', async () => {
    const result = await checkSpaceFor(200 * MB, estimateOf(150 * MB, 40 * MB));
    // 110 MB free, minus 5 MB, divided by 1.1: the largest file that fits is about 95.45 MB.
    expect(result).toEqual({
      ok: false,
      reason: 'not_enough_space',
      neededBytes: 200 * MB,
      availableBytes: Math.floor(((110 * MB - SPACE_MARGIN_BYTES) * 10) / 11),
    });
  });

  it('keeps a margin: a file just under the free space is refused, and the sizes still read truthfully', async () => {
    const result = await checkSpaceFor(100 * MB, estimateOf(105 * MB, 0));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.availableBytes).toBeLessThan(result.neededBytes);
  });

  it('draws the line exactly at size × 1.1 + 5 MB', async () => {
    const free = 115 * MB;
    await expect(checkSpaceFor(100 * MB, estimateOf(free, 0))).resolves.toEqual({ ok: true });
    await expect(checkSpaceFor(100 * MB + 1, estimateOf(free, 0))).resolves.toMatchObject({ ok: false });
  });

  it('reports no space at all as zero, never a negative size', async () => {
    await expect(checkSpaceFor(1, estimateOf(100, 500))).resolves.toMatchObject({
      ok: false,
      availableBytes: 0,
    });
    await expect(checkSpaceFor(1, estimateOf(3 * MB, 0))).resolves.toMatchObject({
      ok: false,
      availableBytes: 0,
    });
  });

  it.each<[string, () => Promise<{ quota?: number; usage?: number }>]>([
    ['says nothing', () => Promise.resolve({})],
    ['gives only the quota', estimateOf(100, undefined)],
    ['gives nonsense', estimateOf(Number.NaN, 0)],
    ['fails', () => Promise.reject(new Error('SecurityError'))],
  ])('lets the file through when the browser %s (the save itself will tell)', async (_name, estimate) => {
    await expect(checkSpaceFor(10 ** 12, estimate)).resolves.toEqual({ ok: true });
  });

  it('asks navigator.storage.estimate() by default, and copes without it', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ quota: 10 * MB, usage: 0 }) },
    });
    await expect(checkSpaceFor(50 * MB)).resolves.toMatchObject({ ok: false });
    vi.stubGlobal('navigator', {});
    await expect(checkSpaceFor(50 * MB)).resolves.toEqual({ ok: true });
    vi.stubGlobal('navigator', undefined);
    await expect(checkSpaceFor(50 * MB)).resolves.toEqual({ ok: true });
  });
});

describe('isQuotaError', () => {
  it('recognises the browser’s QuotaExceededError', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
  });

  it('recognises Dexie’s QuotaExceededError and its AbortError wrapping one', () => {
    // The shapes of Dexie.QuotaExceededError and Dexie.AbortError, without importing dexie here.
    const dexieQuota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(isQuotaError(dexieQuota)).toBe(true);
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(isQuotaError(wrapped)).toBe(true);
    const dexieWithInner = Object.assign(new Error('x'), {
      name: 'QuotaExceededError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(isQuotaError(dexieWithInner)).toBe(true);
  });

  it('recognises an error whose cause is a quota error, and old Firefox’s name', () => {
    expect(
      isQuotaError(new Error('save failed', { cause: new DOMException('', 'QuotaExceededError') })),
    ).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'AbortError', inner: null }))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('does not loop on an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});
