/**
 * Asks the browser to keep this app's storage even when the device runs low on space (navigator.storage.persist).
 * Asked once per page load, from the person's own action (Continue), after something worth keeping exists, and
 * never in a private session. The result is shown on the saved-notes screen.
 */
export type PersistenceState = 'granted' | 'not_granted' | 'unsupported';

let asked = false;

/** Asks once; later calls do nothing. */
export async function requestPersistenceOnce(): Promise<void> {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  asked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Some browsers refuse without saying why; the saved-notes screen shows the state either way.
  }
}

/** Whether storage is persistent now. */
export async function getPersistenceState(): Promise<PersistenceState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'not_granted';
  } catch {
    return 'unsupported';
  }
}
