// The walk behind `npm run screenshots` (scripts/screenshots.config.ts): every screen type of the journey, in Spanish
// and Portuguese, at 360 x 740, saved as PNG files in screenshots/<lang>/.
import { mkdirSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from '../e2e/pages/journey-page';
import { answerStep, driveToReview } from '../e2e/support/drive';
import { SITUATIONS } from '../e2e/support/situations';

const ROMANCE = SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {};

for (const lang of ['es', 'pt'] as const) {
  test(`screens in ${lang}`, async ({ page }) => {
    const dir = `screenshots/${lang}`;
    mkdirSync(dir, { recursive: true });
    let n = 0;
    const shot = async (name: string, fullPage = false) => {
      n += 1;
      await page.screenshot({ path: `${dir}/${String(n).padStart(2, '0')}-${name}.png`, fullPage });
    };
    await page.goto(`/${lang}/`);
    await shot('start');
    await new JourneyPage(page, lang).startNew();
    await shot('first-question');
    await page.getByTestId('continue').click();
    await shot('error-summary');
    await driveToReview(page, ROMANCE, {
      onScreen: async (visit) => {
        if (visit.kind === 'urgent') await shot(`urgent-${visit.id}`);
        if (visit.kind !== 'step') return;
        if (visit.id === 'payment_records') await payment(page, shot);
        if (visit.id === 'other_party') {
          await answerStep(page, ROMANCE);
          await page.getByTestId('record-add-identifiers').click();
          await page.getByTestId('record-save').click();
          await shot('identifier-error');
          await page.locator('#identifiers-value').fill('+34 600 000 000');
          await page.getByTestId('record-save').click();
          await shot('identifier-saved');
        }
      },
    });
    await shot('check-answers', true);
    await page.getByTestId('see-results').click();
    await shot('results');
    await shot('results-full', true);
    await page.getByTestId('open-pack').click();
    await expect(page.getByTestId('pack-preview')).toBeVisible();
    await shot('pack');
    await page.getByTestId('pack-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('pack-summary');
  });
}

async function payment(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  await page.getByTestId('record-add-payments').click();
  await page.locator('#payments-currency').fill('EUR');
  await page.locator('#payments-amount').fill('3,000');
  await page.locator('#payments-amount').scrollIntoViewIfNeeded();
  await shot('amount-asks');
  await page.getByTestId('record-save').click();
  await shot('amount-unclear-save');
  await page.locator('#payments-amount').fill('3.000,50');
  await page.locator('#payments-amount').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('amount-read');
  await page.getByTestId('record-save').click();
  await shot('payment-saved');
}
