import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAutosaver, type SaveStatus } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('waits for a pause in typing, then saves only the latest state', async () => {
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
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('Ma');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('Mar');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(450);
    expect(saved).toEqual(['Mar']);
    expect(statuses.at(-1)).toBe('saved');
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
});
