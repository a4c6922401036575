/**
 * The timing of the passphrase lock (issue 15, point 3), as pure functions the screens run: how long a person waits
 * after several wrong passphrases, and when an idle page locks itself.
 *
 * The wait: the first few tries are free (a typo, caps lock), then each wrong try doubles the wait, up to a cap. The
 * real protection against guessing is the cost of the key derivation (PBKDF2 at 600,000 iterations per try,
 * passphrase-lock.ts); the wait only slows someone trying passphrases by hand at the device.
 */

export type UnlockDelaySchedule = {
  /** Wrong tries allowed without any wait. */
  freeTries: number;
  /** The wait after the first wrong try beyond the free ones, in milliseconds; it doubles with each one after. */
  firstWaitMs: number;
  /** The longest wait, in milliseconds. */
  maxWaitMs: number;
};

export const UNLOCK_DELAY: UnlockDelaySchedule = { freeTries: 5, firstWaitMs: 1000, maxWaitMs: 60_000 };

/** How long to wait before the next try, after `failures` wrong passphrases in a row: 0 for the free ones. */
export function unlockDelayMs(failures: number, schedule: UnlockDelaySchedule = UNLOCK_DELAY): number {
  if (!Number.isFinite(failures) || failures < schedule.freeTries) return 0;
  const doublings = Math.min(failures - schedule.freeTries, 30);
  return Math.min(schedule.firstWaitMs * 2 ** doublings, schedule.maxWaitMs);
}

/**
 * The wrong passphrases kept between page loads, so that reloading the page does not start the wait again: how many
 * in a row, and when the last one was given (ms since 1970). Nothing else: not what was typed.
 */
export type UnlockFailures = { count: number; lastAt: number };

export const NO_FAILURES: UnlockFailures = { count: 0, lastAt: 0 };

/** A stored record, read back: anything malformed counts as none. */
export function parseUnlockFailures(value: unknown): UnlockFailures {
  if (typeof value !== 'object' || value === null) return NO_FAILURES;
  const { count, lastAt } = value as { count?: unknown; lastAt?: unknown };
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return NO_FAILURES;
  if (typeof lastAt !== 'number' || !Number.isFinite(lastAt)) return NO_FAILURES;
  return { count, lastAt };
}

/**
 * How much of the wait after the last wrong passphrase is still left at `now`. Never more than that wait, even if
 * the device's clock was moved back meanwhile.
 */
export function unlockWaitLeftMs(
  failures: UnlockFailures,
  now: number,
  schedule: UnlockDelaySchedule = UNLOCK_DELAY,
): number {
  const wait = unlockDelayMs(failures.count, schedule);
  return Math.max(0, Math.min(wait, failures.lastAt + wait - now));
}

/** The idle times a person can choose between, in minutes. */
export const IDLE_CHOICES = [5, 15, 60] as const;
export type IdleMinutes = (typeof IDLE_CHOICES)[number];

/** Fifteen minutes: long enough to read a long screen or fetch a document, short enough for a shared device. */
export const DEFAULT_IDLE_MINUTES: IdleMinutes = 15;

/** A stored choice, read back: anything that is not one of the choices is the default. */
export function parseIdleMinutes(value: unknown): IdleMinutes {
  return IDLE_CHOICES.find((m) => m === value) ?? DEFAULT_IDLE_MINUTES;
}

/** How long until an idle page locks, given when the person last did something; 0 means lock now. */
export function idleRemainingMs(lastActivityAt: number, now: number, minutes: number): number {
  return Math.max(0, lastActivityAt + minutes * 60_000 - now);
}
