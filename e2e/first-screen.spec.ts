import { expect, test } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';

test.use({ serviceWorkers: 'block' });

test('the journey’s first question is in the page as built', async ({ request }) => {
  for (const lang of ['en', 'es', 'pt']) {
    const html = await (await request.get(`/${lang}/check/`)).text();
    expect(html).toContain('data-prerendered-step="safety_now"');
    expect(html).toMatch(/<input[^>]*name="in_danger_now"[^>]*value="no"/);
  }
});

test('the first question can be answered before storage is ready, and the answer is kept and saved', async ({
  page,
}) => {
  // Storage slowed down: the script that holds the storage code is held back until the test has answered and seen
  // its answer, then let through (no timer: the test releases it).
  let isStorageHeld = false;
  let releaseStorage: () => void = () => undefined;
  const storageReleased = new Promise<void>((resolve) => {
    releaseStorage = resolve;
  });
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (/\bDexie\b/.test(body)) {
      isStorageHeld = true;
      await storageReleased;
    }
    await route.fulfill({ response, body });
  });
  await page.goto('/en/');
  await page.getByTestId('start-new').click();
  const early = page.locator('form[data-prerendered-step="safety_now"]');
  await expect(early).toBeVisible();
  // The page's own code has run (not the journey's, not storage): answers go through the step from here on.
  await expect(early).toHaveAttribute('data-interactive', 'true');
  await early.getByLabel('No', { exact: true }).first().check();
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
  // Still the prerendered screen: the journey (and its save status) has not arrived yet, and storage is held back.
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  await expect.poll(() => isStorageHeld).toBe(true);
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
  releaseStorage();

  const journey = new JourneyPage(page);
  await journey.expectStep('safety_now');
  await expect(early).toHaveCount(0);
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
  await journey.expectSaved();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await journey.expectStep('safety_now');
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
});
