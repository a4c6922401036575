import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SaveStatus } from '@/lib/store/app-store';

import { createAutosaver, RETRY_FIRST_MS, RETRY_MAX_MS, TYPING_SAVE_DELAY_MS } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves the latest state within the delay of the first unsaved change, however fast the typing', async () => {
    const saved: string[] = [];
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        saved.push(v);
        await Promise.resolve();
      },
      onStatus: (s) => statuses.push(s),
      delayMs: 400,
    });
    saver.schedule('M');
    await vi.advanceTimersByTimeAsync(150);
    saver.schedule('Ma');
    await vi.advanceTimersByTimeAsync(150);
    saver.schedule('Mar');
    expect(saved).toEqual([]);
    // Keys keep coming faster than the delay: the save due 400 ms after "M" is not pushed back by them.
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual(['Mar']);
    expect(statuses.at(-1)).toBe('saved');
    saver.schedule('Mari');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual(['Mar']);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Mar', 'Mari']);
  });

  it('saves at once on flush (page hidden, update accepted)', async () => {
    const saved: number[] = [];
    const saver = createAutosaver<number>({
      save: (v) => {
        saved.push(v);
        return Promise.resolve();
      },
      onStatus: () => undefined,
    });
    saver.schedule(1);
    await saver.flush();
    expect(saved).toEqual([1]);
  });

  it('never says saved when the write failed, and keeps the state to try again', async () => {
    const statuses: SaveStatus[] = [];
    let shouldFail = true;
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        if (shouldFail) throw new Error('disk full');
        saved.push(v);
        await Promise.resolve();
      },
      onStatus: (s) => statuses.push(s),
    });
    saver.schedule('story');
    await expect(saver.flush()).rejects.toThrow('disk full');
    expect(statuses.at(-1)).toBe('error');
    expect(statuses).not.toContain('saved');
    shouldFail = false;
    await saver.flush();
    expect(saved).toEqual(['story']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does not report saved while a newer change is still waiting', async () => {
    const statuses: SaveStatus[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver<string>({
      save: () => new Promise<void>((r) => (release = r)),
      onStatus: (s) => statuses.push(s),
    });
    saver.schedule('a');
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saving');
    saver.schedule('ab');
    release();
    await first;
    expect(statuses.at(-1)).toBe('pending');
  });

  it('tries a failed write again by itself, waiting longer each time, and says "not saved" until it works', async () => {
    const statuses: SaveStatus[] = [];
    const attempts: number[] = [];
    let failuresLeft = 3;
    const saver = createAutosaver<string>({
      save: () => {
        attempts.push(Date.now());
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('disk full'));
        }
        return Promise.resolve();
      },
      onStatus: (s) => statuses.push(s),
      delayMs: 150,
    });
    const start = Date.now();
    saver.schedule('story');
    await vi.advanceTimersByTimeAsync(150);
    expect(attempts).toHaveLength(1);
    expect(statuses.at(-1)).toBe('error');
    // A new change while waiting to retry keeps the error showing: it is not saved yet either.
    saver.schedule('story, more');
    expect(statuses.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 2);
    expect(attempts).toHaveLength(3);
    expect(statuses.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 4);
    expect(attempts).toHaveLength(4);
    expect(statuses.at(-1)).toBe('saved');
    expect(attempts.map((t) => t - start)).toEqual([150, 650, 1650, 3650]);
  });

  it('saves a choice at once and typing after a short pause', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      save: (v) => {
        saved.push(v);
        return Promise.resolve();
      },
      onStatus: () => undefined,
    });
    saver.schedule('yes', 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['yes']);
    saver.schedule('yes, typed');
    await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS - 1);
    expect(saved).toEqual(['yes']);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['yes', 'yes, typed']);
  });

  it('does not retry a write that can never succeed', async () => {
    let attempts = 0;
    const saver = createAutosaver<string>({
      save: () => {
        attempts += 1;
        return Promise.reject(new Error('deleted'));
      },
      onStatus: () => undefined,
      isRetryable: () => false,
    });
    saver.schedule('x', 0);
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 3);
    expect(attempts).toBe(1);
  });
});
