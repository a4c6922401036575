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
  await expect(page).toHaveURL(/\/en\/weather\/$/);
  await expect(page.locator('main.neutral')).toBeVisible();
  await expect(page.locator('form.step')).toHaveCount(0);
  await expect(page.getByTestId('quick-exit')).toHaveCount(0);
});

test('after a quick exit, opening the app’s address again on purpose shows the start page', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await reachCaseContent(page);
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://www.google.com/');

  // As if the address were typed in the same tab.
  await page.goto('/en/');
  await expect(page.getByTestId('start-new')).toBeVisible();
  await expect(page).toHaveURL(/\/en\/$/);

  // The exit is forgotten: the journey works again in this tab, including a reload.
  await page.getByTestId('start-new').click();
  await expect(page.locator('form.step')).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/en\/check\/$/);
  await expect(page.getByTestId('quick-exit')).toBeVisible();
});

test('after a quick exit and Back to the neutral page, the home-screen address still opens the start page', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await reachCaseContent(page);
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://www.google.com/');
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/weather\/$/);

  // The home-screen icon opens the manifest's start_url, the root address, which picks the language.
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByTestId('start-new')).toBeVisible();

  // Back from there still never reaches the journey shown before the exit.
  await page.goBack();
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

  // Still offline, opening the app again on purpose reaches the start page, not the neutral page.
  await page.goto('/en/');
  await expect(page.getByTestId('start-new')).toBeVisible();
});
