import type { Page } from '@playwright/test';

/** Waits until the service worker has finished precaching and controls the page (so offline works). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  // `ready` resolves once a worker is active, which is after its install (the precache) succeeded; activation
  // finishing is what lets it control the next load.
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) => {
      const onChange = () => {
        if (worker.state !== 'activated') return;
        worker.removeEventListener('statechange', onChange);
        resolve();
      };
      worker.addEventListener('statechange', onChange);
      onChange();
    });
  });
  // A first visit is not controlled until a reload (or clients.claim()); after a reload it is.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
