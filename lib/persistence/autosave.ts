/**
 * Saves the latest state shortly after a change, and reports a status the screen shows. A choice is saved at once;
 * typing is saved at most ~150 ms after the first unsaved key, and later keys do not push that save back (a person
 * typing without a pause would otherwise save nothing), so a reload loses at most the last ~150 ms of typing; the
 * page being hidden or an update being accepted saves at once. "saved" is reported only when the write of the latest state has
 * resolved. A failed write is kept and tried again with a growing pause (backoff) until it succeeds, and the status
 * stays "error" (not saved yet) until then; a write that can never succeed (the case was deleted) is not retried.
 */
import type { SaveStatus } from '@/lib/store/app-store';

export type Autosaver<T> = {
  /** Notes a new state to save within `delayMs` (0: at once); a save already due sooner is not moved. */
  schedule: (value: T, delayMs?: number) => void;
  /** Saves any pending state now; resolves when it is written (or rejects if it could not be). */
  flush: () => Promise<void>;
  /** Stops timers; pending state is dropped (used when the case is closed or deleted). */
  cancel: () => void;
  /** Whether a change is waiting to be written. */
  hasPending: () => boolean;
};

/** The pause after typing before the text is saved. */
export const TYPING_SAVE_DELAY_MS = 150;
/** The first pause before a failed write is tried again; it doubles up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 500;
export const RETRY_MAX_MS = 15_000;

/** Makes an autosaver around a save function. */
export function createAutosaver<T>(options: {
  save: (value: T) => Promise<void>;
  onStatus: (status: SaveStatus, error?: unknown) => void;
  delayMs?: number;
  /** Whether a failed write is worth trying again (default: always). */
  isRetryable?: (error: unknown) => boolean;
}): Autosaver<T> {
  const { save, onStatus, delayMs = TYPING_SAVE_DELAY_MS, isRetryable = () => true } = options;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;
  // When the timer fires (ms since the epoch), to keep an earlier save from being moved later.
  let dueAt = 0;

  function setTimer(ms: number): void {
    if (timer) clearTimeout(timer);
    dueAt = Date.now() + ms;
    timer = setTimeout(() => void enqueue().catch(() => undefined), ms);
  }

  async function writePending(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const next = pending;
    if (!next) return;
    pending = null;
    onStatus('saving');
    try {
      await save(next.value);
      failures = 0;
      if (!pending) onStatus('saved');
    } catch (error) {
      // Keep the newest state and try again later, waiting longer after each failure.
      pending ??= next;
      onStatus('error', error);
      if (isRetryable(error)) {
        failures += 1;
        setTimer(Math.min(RETRY_FIRST_MS * 2 ** (failures - 1), RETRY_MAX_MS));
      } else pending = null;
      throw error;
    }
  }

  function enqueue(): Promise<void> {
    running = running.catch(() => undefined).then(writePending);
    return running;
  }

  return {
    schedule(value, ms = delayMs) {
      pending = { value };
      // While a failed write waits for its retry, the status stays "error": the change is not saved yet.
      if (failures === 0) onStatus('pending');
      if (failures > 0 && timer) return;
      if (timer && dueAt <= Date.now() + ms) return;
      setTimer(ms);
    },
    flush: enqueue,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      failures = 0;
    },
    hasPending: () => pending !== null,
  };
}
