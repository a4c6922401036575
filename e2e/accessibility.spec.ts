// Accessibility: one axe scan per kind of screen, each in its own test with its own time budget (a single test
// scanning every screen ran out of time on a loaded 2-core machine), and the focus moving to each new heading.
import { expect, test } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';
import { driveToReview } from './support/drive';
import { SCREENS } from './support/screens';
import { SITUATIONS } from './support/situations';

for (const screen of SCREENS) {
  test(`axe finds no violation on ${screen.name}`, async ({ page }) => {
    test.setTimeout(screen.budgetMs);
    await screen.reach(page);
    if (screen.focusesHeading) await expect(page.locator('h1')).toBeFocused();
    await expectNoAxeViolations(page, screen.name);
  });
}

test('focus moves to the new heading on every screen of a journey', async ({ page }) => {
  test.setTimeout(120_000);
  const journey = new JourneyPage(page, 'es');
  await journey.startNew();
  await expect(page.locator('h1')).toBeFocused();
  await page.getByTestId('continue').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  const answers = SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {};
  const visits = await driveToReview(page, answers, {
    onScreen: async (_visit, index) => {
      // The first screen still shows the error summary, which has the focus; every later one focuses its heading.
      if (index > 1) await expect(page.locator('h1')).toBeFocused();
    },
  });
  expect(visits.length).toBeGreaterThan(10);
  expect(visits.some((v) => v.kind === 'urgent')).toBe(true);
});
