import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildLockHintScript, LOCK_HINT_ATTRIBUTE, LOCK_HINT_KEY, rememberLockHint } from './lock-hint';

/** Runs the hint script against a pretend page: a storage with `stored`, and an <html> element. */
function runScript(stored: Record<string, string>, storageThrows = false): Map<string, string> {
  const attributes = new Map<string, string>();
  const html = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
  const storage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  // The script is ours, built by the function under test, and runs here as the page's head would run it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('localStorage', 'document', buildLockHintScript()) as (
    s: unknown,
    d: unknown,
  ) => void;
  run(storage, { documentElement: html });
  return attributes;
}

afterEach(() => vi.unstubAllGlobals());

describe('the lock hint read before anything is drawn', () => {
  it('marks the page when the hint says the lock is on, and only then', () => {
    expect(runScript({ [LOCK_HINT_KEY]: '1' }).get(LOCK_HINT_ATTRIBUTE)).toBe('on');
    expect(runScript({}).has(LOCK_HINT_ATTRIBUTE)).toBe(false);
    expect(runScript({ [LOCK_HINT_KEY]: 'yes' }).has(LOCK_HINT_ATTRIBUTE)).toBe(false);
  });

  it('draws the page as usual when storage cannot be read', () => {
    expect(runScript({ [LOCK_HINT_KEY]: '1' }, true).has(LOCK_HINT_ATTRIBUTE)).toBe(false);
  });

  it('is set when the lock is on and removed when it is off; storage that refuses is ignored', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (k: string, v: string) => stored.set(k, v),
      removeItem: (k: string) => stored.delete(k),
    });
    rememberLockHint(true);
    expect(stored.get(LOCK_HINT_KEY)).toBe('1');
    rememberLockHint(false);
    expect(stored.has(LOCK_HINT_KEY)).toBe(false);
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => rememberLockHint(true)).not.toThrow();
  });
});
