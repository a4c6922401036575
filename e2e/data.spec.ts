import { expect, test } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';

test('answers survive a reload, and the person is back on the same step', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.continue();
  await journey.expectStep('safety_threats');
  await journey.expectSaved();
  await page.reload();
  await journey.expectStep('safety_threats');
  await page.getByTestId('back').click();
  await journey.expectStep('safety_now');
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
});

test('a private session saves nothing on the device', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.startPrivate();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'private');
  await journey.choose('in_danger_now', 'no');
  await journey.continue();
  await journey.expectStep('safety_threats');
  const stored = await page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'waypoint')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('waypoint');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('cases')) return resolve(0);
        const count = db.transaction('cases').objectStore('cases').count();
        count.onsuccess = () => resolve(count.result);
      };
    });
  });
  expect(stored).toBe(0);
});

test('delete everything, after a countdown that can be cancelled, leaves nothing to restore', async ({
  page,
}) => {
  const journey = new JourneyPage(page);
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.continue();
  await journey.expectSaved();
  await page.evaluate(() => {
    localStorage.setItem('app.locale', 'en');
  });

  await page.getByTestId('open-cases').click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);
  // The app asked for persistent storage after the first answer, and says what the browser decided.
  await expect(page.getByTestId('persistence')).toHaveAttribute('data-state', /granted|not_granted/);
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await page.getByTestId('delete-all-cancel').click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);

  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/deleted/i, { timeout: 10_000 });

  const left = await page.evaluate(async () => ({
    dbs: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
    session: sessionStorage.length,
  }));
  expect(left).toEqual({ dbs: [], local: 0, session: 0 });

  await page.goto('/en/');
  await expect(page.getByTestId('continue-case')).toHaveCount(0);
  await page.goto('/en/check/');
  // With nothing saved, the journey loads once the person uses the page (components/journey/journey-loader.tsx),
  // which it listens for once the prerendered first step is interactive.
  await expect(page.locator('form[data-prerendered-step="safety_now"]')).toHaveAttribute(
    'data-interactive',
    'true',
  );
  await page.keyboard.press('Shift');
  await journey.expectStep('safety_now');
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).not.toBeChecked();
});
