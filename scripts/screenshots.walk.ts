// The walk behind `npm run screenshots` (scripts/screenshots.config.ts): every screen type of the journey, in Spanish
// and Portuguese, at 360 x 740, saved as PNG files in screenshots/<lang>/.
import { mkdirSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from '../e2e/pages/journey-page';
import { answerStep, driveToReview } from '../e2e/support/drive';
import { openSection } from '../e2e/support/sections';
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
    await openSection(page, 'pack_preview');
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

// Who is answering: a parent in Spanish and a business in Portuguese (issue #10), first screen and results.
const AUDIENCE_WALKS = [
  {
    lang: 'es',
    name: 'parent',
    answers: {
      respondent: 'parent_or_carer',
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'yes',
      child_at_risk: 'yes',
      incident_types: ['sextortion'],
      money_sent: 'no',
      country: 'MX',
      age_group: 'under_18',
      threat_ongoing: 'yes',
      images_shared_already: 'no',
      child_relationship: 'my_child_or_family',
    },
  },
  {
    lang: 'pt',
    name: 'business',
    answers: {
      respondent: 'organisation',
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['ddos'],
      money_sent: 'asked_not_paid',
      country: 'BR',
      systems_affected: 'business_or_organisation',
      device_harm: ['service_down_or_slow'],
      attack_ongoing: 'yes',
      attack_demand: 'yes',
    },
  },
  {
    // A Colombian business whose designs and photos were copied: legal help from the two IP offices.
    lang: 'es',
    name: 'business-copied',
    answers: {
      respondent: 'organisation',
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['content_copied'],
      money_sent: 'no',
      country: 'CO',
      support_wanted: ['legal_help'],
    },
  },
] as const;

for (const walk of AUDIENCE_WALKS) {
  test(`who is answering: ${walk.name} in ${walk.lang}`, async ({ page }) => {
    const dir = `screenshots/${walk.lang}`;
    mkdirSync(dir, { recursive: true });
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: `${dir}/${walk.name}-${name}.png`, fullPage });
    await new JourneyPage(page, walk.lang).startNew();
    await page.locator(`form.step input[name="respondent"][value="${walk.answers.respondent}"]`).check();
    await shot('first-question', true);
    let n = 0;
    await driveToReview(page, walk.answers as unknown as Record<string, string | string[]>, {
      onScreen: async (visit) => {
        n += 1;
        if (
          visit.kind === 'step' &&
          ['about_you', 'threat_details', 'device_incident', 'money_sent'].includes(visit.id)
        )
          await shot(`${String(n).padStart(2, '0')}-${visit.id}`, true);
      },
    });
    await page.getByTestId('see-results').click();
    await shot('results');
    await shot('results-full', true);
    await openSection(page, 'results_help');
    await page.locator('details[data-section="results_help"]').screenshot({
      path: `${dir}/${walk.name}-results-help.png`,
    });
  });
}

// The volunteer's workspace (issue #14): the case list with imported examples, a search, following a referral up on
// the results screen, and the backup of every case.
const EXAMPLE_FILES = [
  'us-romance-scam-international-wire.json',
  'mx-sextortion-minor.json',
  'ca-fund-recovery.json',
];

for (const lang of ['es', 'pt'] as const) {
  test(`the volunteer's workspace in ${lang}`, async ({ page }) => {
    const dir = `screenshots/${lang}`;
    mkdirSync(dir, { recursive: true });
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: `${dir}/workspace-${name}.png`, fullPage });
    await new JourneyPage(page, lang).startNew();
    await page.getByTestId('open-cases').click();
    const items = page.getByTestId('case-item');
    for (const [i, name] of EXAMPLE_FILES.entries()) {
      await page.getByTestId('import-file').setInputFiles(`examples/${name}`);
      await expect(items).toHaveCount(i + 2);
    }
    await shot('list');
    await shot('list-full', true);
    await page.getByRole('searchbox').fill('Linda');
    await expect(items).toHaveCount(1);
    await shot('search');
    await items.first().getByTestId('case-follow-up').click();
    const section = page.getByTestId('follow-up-section');
    await expect(section).toBeVisible();
    const first = section.getByTestId('follow-up').first();
    await first.getByTestId('follow-up-summary').click();
    await first.getByTestId('follow-up-status').selectOption('contacted');
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('follow-up');
    await page.getByTestId('open-cases').click();
    await page.getByTestId('backup-open').click();
    await page.getByTestId('backup').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('backup');
    await page.getByTestId('lock-setup').click();
    await page.getByTestId('lock-settings').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('lock-setup');
    await page.getByTestId('lock-new').fill('lantern orbit meadow cactus');
    await page.getByTestId('lock-again').fill('lantern orbit meadow cactus');
    await page.getByTestId('lock-understood').check();
    await page.getByTestId('lock-turn-on').click();
    await expect(page.getByTestId('lock-done')).toBeVisible({ timeout: 30_000 });
    await page.reload();
    await expect(page.getByTestId('unlock-screen')).toBeVisible();
    await shot('unlock');
    await page.getByTestId('unlock-passphrase').fill('not it');
    await page.getByTestId('unlock-submit').click();
    await expect(page.getByTestId('unlock-form')).toContainText(/./);
    await shot('unlock-wrong');
  });
}
