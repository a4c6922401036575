import { describe, expect, it } from 'vitest';

import {
  DEFAULT_IDLE_MINUTES,
  idleRemainingMs,
  NO_FAILURES,
  parseIdleMinutes,
  parseUnlockFailures,
  unlockDelayMs,
  unlockWaitLeftMs,
  UNLOCK_DELAY,
} from './lock-timing';

describe('unlockDelayMs', () => {
  it('lets the first five wrong tries go without any wait', () => {
    for (let failures = 0; failures < 5; failures++) expect(unlockDelayMs(failures)).toBe(0);
  });

  it('then waits 1 s, 2 s, 4 s, 8 s… doubling with each wrong try', () => {
    expect([5, 6, 7, 8, 9].map((f) => unlockDelayMs(f))).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('never waits longer than a minute, however many tries (20, or a million)', () => {
    expect(unlockDelayMs(11)).toBe(60_000);
    expect(unlockDelayMs(20)).toBe(60_000);
    expect(unlockDelayMs(1_000_000)).toBe(60_000);
  });

  it('never shrinks from one wrong try to the next', () => {
    for (let f = 0; f < 40; f++) expect(unlockDelayMs(f + 1)).toBeGreaterThanOrEqual(unlockDelayMs(f));
  });

  it('follows a schedule given to it (short ones for tests)', () => {
    const schedule = { freeTries: 2, firstWaitMs: 10, maxWaitMs: 35 };
    expect([0, 1, 2, 3, 4, 5].map((f) => unlockDelayMs(f, schedule))).toEqual([0, 0, 10, 20, 35, 35]);
  });

  it('reads a nonsense count as no wait rather than failing', () => {
    expect(unlockDelayMs(Number.NaN)).toBe(0);
    expect(unlockDelayMs(-3)).toBe(0);
    expect(UNLOCK_DELAY.freeTries).toBe(5);
  });
});

describe('idle locking', () => {
  it('keeps the stored choices and reads anything else as the default of 15 minutes', () => {
    expect(parseIdleMinutes(5)).toBe(5);
    expect(parseIdleMinutes(60)).toBe(60);
    expect(parseIdleMinutes(7)).toBe(DEFAULT_IDLE_MINUTES);
    expect(parseIdleMinutes('60')).toBe(DEFAULT_IDLE_MINUTES);
    expect(parseIdleMinutes(undefined)).toBe(15);
  });

  it('counts down from the last thing the person did', () => {
    const last = 1_000_000;
    expect(idleRemainingMs(last, last, 5)).toBe(300_000);
    expect(idleRemainingMs(last, last + 299_999, 5)).toBe(1);
    expect(idleRemainingMs(last, last + 300_000, 5)).toBe(0);
    expect(idleRemainingMs(last, last + 10 * 3_600_000, 5)).toBe(0);
  });
});

describe('the wait kept across page loads', () => {
  it('reads back a stored count and time, and anything malformed as no wrong tries', () => {
    expect(parseUnlockFailures({ count: 7, lastAt: 1_000 })).toEqual({ count: 7, lastAt: 1_000 });
    for (const bad of [
      null,
      undefined,
      'x',
      3,
      {},
      { count: -1, lastAt: 0 },
      { count: 1.5, lastAt: 0 },
      { count: 2 },
    ])
      expect(parseUnlockFailures(bad), JSON.stringify(bad)).toEqual(NO_FAILURES);
  });

  it('leaves what is left of the wait after the last wrong try: the 7th wrong try waits 4 s', () => {
    const failures = { count: 7, lastAt: 10_000 };
    expect(unlockWaitLeftMs(failures, 10_000)).toBe(4_000);
    expect(unlockWaitLeftMs(failures, 11_500)).toBe(2_500);
    expect(unlockWaitLeftMs(failures, 14_000)).toBe(0);
    expect(unlockWaitLeftMs(failures, 60_000)).toBe(0);
  });

  it('no wait within the free tries, and never more than the wait itself if the clock went back', () => {
    expect(unlockWaitLeftMs({ count: 4, lastAt: 10_000 }, 10_000)).toBe(0);
    expect(unlockWaitLeftMs({ count: 7, lastAt: 10_000 }, 0)).toBe(4_000);
  });
});
