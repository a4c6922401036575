import { expect, test, type Locator, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { driveToReview } from './support/drive';
import { openSection } from './support/sections';
import { SITUATIONS, yesterday } from './support/situations';

const ROMANCE_SCAM = {
  ...SITUATIONS['a romance scam with a bank transfer yesterday']?.answers,
  first_contact_date: yesterday,
};

/** The whole answer box around an option's radio or checkbox. */
function answerBox(page: Page, questionId: string, optionId: string): Locator {
  return page.locator('.choice', { has: page.locator(`input[name="${questionId}"][value="${optionId}"]`) });
}

/** Taps a box a few pixels inside one of its corners, away from the label's text and from the radio. */
async function tapCorner(page: Page, box: Locator, corner: 'top-right' | 'bottom-right' | 'bottom-left') {
  // Scrolled into view as a thumb would, since the first screen now asks who is answering above it.
  await box.scrollIntoViewIfNeeded();
  const rect = await box.boundingBox();
  if (!rect) throw new Error('the answer box is not on screen');
  const x = corner === 'bottom-left' ? rect.x + 4 : rect.x + rect.width - 4;
  const y = corner === 'top-right' ? rect.y + 4 : rect.y + rect.height - 4;
  await page.mouse.click(x, y);
}

test('a tap anywhere in an answer box picks that answer, for one answer and for several', async ({
  page,
}) => {
  const journey = new JourneyPage(page);
  await journey.startNew();
  const no = page.locator('input[name="in_danger_now"][value="no"]');
  await tapCorner(page, answerBox(page, 'in_danger_now', 'no'), 'bottom-right');
  await expect(no).toBeChecked();
  await tapCorner(page, answerBox(page, 'in_danger_now', 'dont_know'), 'bottom-left');
  await expect(page.locator('input[name="in_danger_now"][value="dont_know"]')).toBeChecked();
  await expect(no).not.toBeChecked();

  await journey.choose('in_danger_now', 'no');
  await journey.continue();
  await journey.expectStep('safety_threats');
  await journey.continue();
  await journey.expectStep('what_happened');
  const romance = page.locator('input[name="incident_types"][value="romance_scam"]');
  const box = answerBox(page, 'incident_types', 'romance_scam');
  await tapCorner(page, box, 'top-right');
  await expect(romance).toBeChecked();
  await tapCorner(page, box, 'bottom-right');
  await expect(romance).not.toBeChecked();
});

test('progress shows the part and its name, out of a fixed number of parts, and never goes back', async ({
  page,
}) => {
  const journey = new JourneyPage(page, 'es');
  await journey.startNew();
  await expect(page.getByTestId('progress-part')).toHaveText('Parte 1 de 5: Tu seguridad');
  const seen: { part: number; value: number; text: string }[] = [];
  await driveToReview(page, ROMANCE_SCAM, {
    onScreen: async (visit) => {
      if (visit.kind !== 'step') return;
      const label = page.getByTestId('progress-part');
      seen.push({
        part: Number(await label.getAttribute('data-part')),
        value: await page.locator('form.step progress').evaluate((el) => (el as HTMLProgressElement).value),
        text: (await label.textContent()) ?? '',
      });
    },
  });
  expect(seen.length).toBeGreaterThan(8);
  expect(seen.every((s) => /^Parte \d+ de 5: \S/.test(s.text))).toBe(true);
  expect(seen.map((s) => s.text)).toContain('Parte 3 de 5: El dinero');
  for (let i = 1; i < seen.length; i++) {
    expect(seen[i]?.part).toBeGreaterThanOrEqual(seen[i - 1]?.part ?? 0);
    expect(seen[i]?.value).toBeGreaterThanOrEqual(seen[i - 1]?.value ?? 0);
  }
});

test('editing a payment from check your answers shows one save button, and Enter does not leave it', async ({
  page,
}) => {
  const journey = new JourneyPage(page);
  await journey.startNew();
  await driveToReview(page, ROMANCE_SCAM, {
    onScreen: async (visit) => {
      if (visit.kind !== 'step' || visit.id !== 'payment_records') return;
      await page.getByRole('button', { name: 'Add a payment' }).click();
      // While the payment form is open, its own Save is the way on.
      await expect(page.getByTestId('continue')).toHaveCount(0);
      await page.locator('#payments-amount').fill('900');
      await page.locator('#payments-currency').fill('EUR');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByTestId('payment-totals')).toBeVisible();
      await expect(page.getByTestId('continue')).toBeVisible();
    },
  });

  await openSection(page, 'review_money');
  await page.getByRole('button', { name: 'Change Add each payment' }).click();
  await journey.expectStep('payment_records');
  await expect(page.getByTestId('continue')).toHaveText('Save and go back to check your answers');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('button', { name: /^save\b/i })).toHaveCount(1);
  await expect(page.getByTestId('continue')).toHaveCount(0);

  await page.locator('#payments-amount').fill('950');
  await page.locator('#payments-amount').press('Enter');
  await journey.expectStep('payment_records');
  await expect(page.locator('.records__form')).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.records__form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^save\b/i })).toHaveCount(1);
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('see-results')).toBeVisible();
});
