/**
 * Registers the service worker generated at build time (scripts/build-service-worker.mjs) with workbox-window.
 * The worker never takes over by itself: when a new version is waiting, `onUpdateReady` is called with an
 * `applyUpdate` function. Applying saves pending work first, then asks the waiting worker (and only that one, with
 * messageSkipWaiting) to activate, and reloads once it controls the page. workbox-window is loaded on its own, after
 * the page, so that its code is in one shared file rather than copied into each page's (and off the first paint).
 */
import type { Workbox } from 'workbox-window';

import { runBeforeReload } from './before-reload';

export const SERVICE_WORKER_URL = '/sw.js';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Starts the service worker; returns false where the browser has none (or in development). */
export function registerServiceWorker(onUpdateReady: (applyUpdate: () => Promise<void>) => void): boolean {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator)) return false;
  if (process.env.NODE_ENV !== 'production') return false;

  void import('workbox-window').then(
    ({ Workbox: WorkboxWindow }) =>
      start(new WorkboxWindow(SERVICE_WORKER_URL, { scope: '/' }), onUpdateReady),
    // Not loaded (offline on a first visit that never finished): the page works as it is, without the worker.
    () => undefined,
  );
  return true;
}

function start(wb: Workbox, onUpdateReady: (applyUpdate: () => Promise<void>) => void): void {
  const applyUpdate = async () => {
    await runBeforeReload();
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  };
  wb.addEventListener('waiting', () => onUpdateReady(applyUpdate));

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > UPDATE_CHECK_INTERVAL_MS) {
      lastCheck = Date.now();
      void wb.update();
    }
  });
  void wb.register().catch(() => undefined);
}
