import { expect, test } from '@playwright/test';

import { PRODUCT_NAME } from '../lib/product';

import { JourneyPage } from './pages/journey-page';
import { driveToReview, type Visit } from './support/drive';
import { openSection } from './support/sections';
import { SITUATIONS, yesterday } from './support/situations';

for (const lang of ['en', 'es', 'pt'] as const) {
  for (const [name, situation] of Object.entries(SITUATIONS)) {
    test(`[${lang}] ${name}: from the start to results`, async ({ page }) => {
      const journey = new JourneyPage(page, lang);
      await journey.startNew();
      const visits: Visit[] = await driveToReview(page, {
        ...situation.answers,
        first_contact_date: yesterday,
      });
      const panel = situation.expect.panel;
      if (panel) {
        const at = visits.findIndex((v) => v.kind === 'urgent' && v.id === panel.id);
        const seen = JSON.stringify(visits);
        expect(at, `urgent panel ${panel.id} in ${seen}`).toBeGreaterThanOrEqual(0);
        // Shown as soon as the answer that calls for it is given, not at the end of a section.
        expect(visits[at - 1], `the screen before ${panel.id} in ${seen}`).toEqual({
          kind: 'step',
          id: panel.after,
        });
        // Counting the start page as the first screen (visits begin with the second).
        expect(at + 2, `the screen number of ${panel.id} in ${seen}`).toBeLessThanOrEqual(panel.byScreen);
      }
      await page.getByTestId('see-results').click();
      const banner = page.getByTestId('urgency-banner');
      await expect(banner).toHaveAttribute('data-level', situation.expect.level);
      await expect(banner.locator(`[data-action="${situation.expect.action}"]`)).toBeVisible();
      await openSection(page, 'results_law');
      // The Convention's status as it is: in force nowhere until the 40th ratification (Art. 65).
      await expect(page.getByTestId('convention-status')).toContainText('40');
      for (const article of situation.expect.articles)
        await expect(page.locator(`[data-article="${article}"]`)).toBeVisible();
      await openSection(page, 'results_help');
      await expect(page.locator('[data-referral]').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Nothing sensitive in the address or the title.
      expect(new URL(page.url()).pathname).toBe(`/${lang}/check/`);
      await expect(page).toHaveTitle(PRODUCT_NAME);
    });
  }
}

test('reloading at three points mid-journey loses nothing', async ({ page }) => {
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  const answers = SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {};
  let reloads = 0;
  await driveToReview(page, answers, {
    onScreen: async (visit, index) => {
      if (visit.kind === 'step' && [3, 6, 9].includes(index)) {
        await journey.expectSaved();
        await page.reload();
        await journey.expectStep(visit.id);
        reloads += 1;
      }
    },
  });
  expect(reloads).toBe(3);
  await expect(page.getByTestId('see-results')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('see-results')).toBeVisible();
  await openSection(page, 'review_what_happened');
  await expect(page.getByText('A romance or relationship scam').first()).toBeVisible();
});

test('the journey works offline after the first visit', async ({ page, context }) => {
  const journey = new JourneyPage(page, 'pt');
  await page.goto('/pt/');
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await journey.startNew();
  await driveToReview(page, SITUATIONS['an account takeover']?.answers ?? {});
  await page.getByTestId('see-results').click();
  await expect(page.getByTestId('urgency-banner')).toBeVisible();
});

test('the whole journey works with the keyboard alone', async ({ page }) => {
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  // Tab reaches the first option; arrow keys choose within a group.
  for (let i = 0; i < 25; i++) {
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    if (name === 'in_danger_now') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
  await page.keyboard.press('Enter');
  await journey.expectStep('safety_threats');
  await driveToReview(page, SITUATIONS['an account takeover']?.answers ?? {}, { viaKeyboard: true });
  await page.getByTestId('see-results').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('urgency-banner')).toHaveAttribute('data-level', 'urgent');
});

test('someone who does not say where they live still gets results, with services that work from anywhere', async ({
  page,
}) => {
  const journey = new JourneyPage(page, 'es');
  await journey.startNew();
  await driveToReview(page, { in_danger_now: 'no', incident_types: ['phishing'], money_sent: 'no' });
  await page.getByTestId('see-results').click();
  await expect(page.getByTestId('urgency-banner')).toBeVisible();
  await openSection(page, 'results_help');
  await expect(page.locator('[data-notice="country_not_given"]')).toBeVisible();
  await expect(page.locator('[data-referral]').first()).toBeVisible();
});

test('someone in danger sees the crisis panel first, with their country’s emergency number once they say where they are', async ({
  page,
}) => {
  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await journey.choose('in_danger_now', 'yes');
  await journey.continue();
  const panel = page.getByTestId('urgent-panel');
  await expect(panel).toHaveAttribute('data-panel', 'safety');
  await page.getByTestId('urgent-country').locator('select').selectOption('BR');
  const emergency = panel.locator('[data-referral^="br_"] a[href^="tel:"]').first();
  await expect(emergency).toBeVisible();
  await expect(emergency).toHaveAttribute('href', /^tel:\+?\d+$/);
});

test('changing an answer from check your answers re-runs the branching', async ({ page }) => {
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  await driveToReview(page, {
    in_danger_now: 'no',
    incident_types: ['shopping_fraud'],
    money_sent: 'yes',
    money_last_sent: 'longer_ago',
  });
  await expect(page.locator('.summary-list dt', { hasText: 'How did the money go?' })).toHaveCount(1);
  await openSection(page, 'review_money');
  await page.getByRole('button', { name: 'Change Did you send money, or was money taken from you?' }).click();
  await journey.expectStep('money_sent');
  await journey.choose('money_sent', 'no');
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('see-results')).toBeVisible();
  await expect(page.locator('.summary-list dt', { hasText: 'How did the money go?' })).toHaveCount(0);
});
