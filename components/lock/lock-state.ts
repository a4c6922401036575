import { useSyncExternalStore } from 'react';

import type { LockStatus } from '@/lib/persistence/lock-session';
import { DEFAULT_IDLE_MINUTES, type IdleMinutes } from '@/lib/safety/lock-timing';

/** What the screens know of the passphrase lock in this page: its status (null until read) and the idle time. */
export type LockState = { status: LockStatus | null; idleMinutes: IdleMinutes };

let state: LockState = { status: null, idleMinutes: DEFAULT_IDLE_MINUTES };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getState = () => state;

/** Reads a part of the lock's state, drawn again when it changes. */
export function useLockState<T>(select: (s: LockState) => T): T {
  return select(useSyncExternalStore(subscribe, getState, getState));
}

/** Changes the lock's state (the journey when it opens or locks, the settings when the lock is turned on or off). */
useLockState.setState = (change: Partial<LockState>): void => {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
};
