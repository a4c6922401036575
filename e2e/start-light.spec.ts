import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';

// Every script body is read from the network, so no service worker stands in between.
test.use({ serviceWorkers: 'block' });

/** Collects the text of every script the page downloads from now on. */
function recordScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

const STORAGE_OR_VALIDATION = /\bDexie\b|ZodError/;

test('the start page offers to continue saved notes without downloading storage or validation code', async ({
  page,
}) => {
  // Something saved first, through the journey as a person would.
  const journey = new JourneyPage(page);
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.expectSaved();

  const scripts = recordScripts(page);
  await page.goto('/en/');
  await expect(page.getByTestId('continue-case')).toBeVisible();
  await expect(page.getByText('Saved notes on this device: 1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await scripts();
  expect(bodies.length).toBeGreaterThan(3);
  expect(bodies.filter((b) => STORAGE_OR_VALIDATION.test(b))).toHaveLength(0);

  // The journey page itself does load them (so the check above looks for code that exists).
  const journeyScripts = recordScripts(page);
  await page.getByTestId('continue-case').click();
  await journey.expectStep('safety_now');
  await page.waitForLoadState('networkidle');
  expect((await journeyScripts()).some((b) => STORAGE_OR_VALIDATION.test(b))).toBe(true);
});

test('a first visit leaves no database behind and offers to start', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByTestId('start-new')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('continue-case')).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).toEqual([]);
});
