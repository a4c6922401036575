import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';
import { driveToReview } from './support/drive';
import { openSection } from './support/sections';
import { SITUATIONS } from './support/situations';

const SCREEN_HEIGHT = 740;

async function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

async function reachReview(page: Page): Promise<void> {
  const journey = new JourneyPage(page, 'es');
  await journey.startNew();
  await driveToReview(page, SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {});
  await expect(page.getByTestId('see-results')).toBeVisible();
}

test('check your answers is grouped by part, fits three screens closed, and a part opens with the keyboard', async ({
  page,
}) => {
  await reachReview(page);
  const parts = page.locator('.review details[data-section]');
  expect(await parts.count()).toBeGreaterThanOrEqual(4);
  expect(await pageHeight(page)).toBeLessThanOrEqual(3 * SCREEN_HEIGHT);
  const money = page.locator('details[data-section="review_money"]');
  await expect(money.getByRole('button', { name: /^Cambiar / }).first()).toBeHidden();
  await money.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(money).toHaveAttribute('open', '');
  await expect(money.getByRole('button', { name: /^Cambiar / }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'check answers, one part open');
});

test('results show the urgency and at most three first steps, the rest in sections that keep their state', async ({
  page,
}) => {
  await reachReview(page);
  await page.getByTestId('see-results').click();
  const banner = page.getByTestId('urgency-banner');
  await expect(banner).toBeVisible();
  const steps = await banner.locator('[data-action]').count();
  expect(steps).toBeGreaterThan(0);
  expect(steps).toBeLessThanOrEqual(3);
  expect(await pageHeight(page)).toBeLessThanOrEqual(3 * SCREEN_HEIGHT);
  await expect(page.locator('[data-referral]').first()).toBeHidden();

  // A section opens with the keyboard (Space on its heading) and says so to assistive technology.
  const help = page.locator('details[data-section="results_help"]');
  await help.locator('> summary').focus();
  await page.keyboard.press('Space');
  await expect(help).toHaveAttribute('open', '');
  await expect(page.locator('[data-referral]').first()).toBeVisible();
  await openSection(page, 'results_rights');
  // The browser tells the page a section opened in a task after the click; the page keeps it for this tab then.
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('app.sections_open') ?? ''))
    .toContain('results_rights');

  // Open sections stay open when the person comes back to the screen in this tab.
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(help).toHaveAttribute('open', '');
  await expect(page.locator('details[data-section="results_rights"]')).toHaveAttribute('open', '');
  await expect(page.locator('details[data-section="results_law"]')).not.toHaveAttribute('open', '');
  await expectNoAxeViolations(page, 'results, two sections open');
});

test('the pack fits three screens with its options and preview closed', async ({ page }) => {
  await reachReview(page);
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();
  await expect(page.getByTestId('pack-download-pdf')).toBeVisible();
  await expect(page.locator('details[data-section="pack_more_options"]')).not.toHaveAttribute('open', '');
  expect(await pageHeight(page)).toBeLessThanOrEqual(3 * SCREEN_HEIGHT);
});
