import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page and has finished precaching (so offline works). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
        // A first visit is not controlled until a reload or clients.claim(); a second load makes it so.
        setTimeout(resolve, 3000);
      });
    }
    return registration.active?.state;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
