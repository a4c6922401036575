import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { waitForOfflineReady } from './support/app';

const SECRET = 'Zélia Secretname';

async function stubNeutralSite(page: Page): Promise<void> {
  await page
    .context()
    .route('https://www.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title><h1>Neutral</h1>' }),
    );
}

async function reachCaseContent(page: Page): Promise<JourneyPage> {
  const journey = new JourneyPage(page);
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.continue();
  await journey.continue();
  await expect(page.locator('form.step')).toBeVisible();
  return journey;
}

test('the Leave now button blanks the page, opens a neutral site, and Back shows no case content', async ({
  page,
}) => {
  await stubNeutralSite(page);
  const journey = await reachCaseContent(page);
  await expect(journey.step()).toBeVisible();
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://www.google.com/');
  await expect(page.getByRole('heading', { name: 'Neutral' })).toBeVisible();

  await page.goBack();
  await page.waitForLoadState();
  // Back never shows the journey again in this tab: the app sends it to its neutral page.
  await expect(page).toHaveURL(/\/weather\/$|google/);
  await expect(page.locator('form.step')).toHaveCount(0);
  await expect(page.getByTestId('quick-exit')).toHaveCount(0);
});

test('Shift pressed three times leaves at once', async ({ page }) => {
  await stubNeutralSite(page);
  await reachCaseContent(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL('https://www.google.com/');
  await page.goBack();
  await expect(page.locator('form.step')).toHaveCount(0);
});

test('typing a name with capital letters does not leave', async ({ page }) => {
  await stubNeutralSite(page);
  const journey = new JourneyPage(page);
  await journey.startNew();
  await page.keyboard.type(`${SECRET} MARÍA JOSÉ Da Silva OK`, { delay: 15 });
  // type() returns once the page has handled every key, and a quick exit marks the tab at once: nothing did.
  expect(await page.evaluate(() => sessionStorage.getItem('app.exited'))).toBeNull();
  await expect(page).toHaveURL(/\/en\/check\/$/);
  await expect(journey.step()).toBeVisible();
});

test('offline, the quick exit opens the app’s own neutral page', async ({ page, context }) => {
  await reachCaseContent(page);
  await waitForOfflineReady(page);
  await expect(page.locator('form.step')).toBeVisible();
  await context.setOffline(true);
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(/\/en\/weather\/$/);
  await expect(page.locator('form.step')).toHaveCount(0);
});
