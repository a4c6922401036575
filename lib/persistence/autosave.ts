/**
 * Saves the latest state a short while after the last change (debounced), at once when asked (page hidden, update
 * accepted), and reports a status the screen shows. "saved" is reported only when the write of the latest state
 * has resolved; a failure is reported, never dropped, and the state is kept to try again.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export type Autosaver<T> = {
  /** Notes a new state to save after the delay. */
  schedule: (value: T) => void;
  /** Saves any pending state now; resolves when it is written (or rejects if it could not be). */
  flush: () => Promise<void>;
  /** Stops timers; pending state is dropped (used when the case is closed or deleted). */
  cancel: () => void;
};

export const AUTOSAVE_DELAY_MS = 400;

/** Makes an autosaver around a save function. */
export function createAutosaver<T>(options: {
  save: (value: T) => Promise<void>;
  onStatus: (status: SaveStatus, error?: unknown) => void;
  delayMs?: number;
}): Autosaver<T> {
  const { save, onStatus, delayMs = AUTOSAVE_DELAY_MS } = options;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  async function writePending(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const next = pending;
    if (!next) return;
    pending = null;
    onStatus('saving');
    try {
      await save(next.value);
      if (!pending) onStatus('saved');
    } catch (error) {
      // Keep the newest state so the next change or flush tries again.
      pending ??= next;
      onStatus('error', error);
      throw error;
    }
  }

  function enqueue(): Promise<void> {
    running = running.catch(() => undefined).then(writePending);
    return running;
  }

  return {
    schedule(value) {
      pending = { value };
      onStatus('pending');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void enqueue().catch(() => undefined), delayMs);
    },
    flush: enqueue,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
