import { tellOtherTabs } from '@/lib/persistence/tab-channel';

/**
 * Asks the journey to lock now (the quick exit, "Lock now"), in this page and in the app's other open tabs. An event
 * rather than an import, so that the quick exit, on every page, loads nothing of the journey's; the journey
 * (components/journey/journey-app.tsx) listens while it is open, and locks only when the passphrase lock is on.
 */
export const LOCK_EVENT = 'waypoint:lock';

export function requestLock(): void {
  tellOtherTabs({ type: 'locked' });
  window.dispatchEvent(new Event(LOCK_EVENT));
}
