// Issue 14, points 1 and 2 (the volunteer's case list, following referrals through): example case files imported
// on the cases screen and seen in the list with their status, urgency and country; search and filters; a referral's
// status, reference and notes and the case's follow-up day changed on the results screen; the case then comes first
// as overdue, and everything is still there after a reload. The volunteer's notes stay out of the pack until chosen.
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';
import { openSection } from './support/sections';

const EXAMPLES = path.resolve(import.meta.dirname, '..', 'examples');
// Linda (United States, no report yet), a money mule job (Argentina), a recovery scam after an earlier loss
// (Canada, one report already made) and a minor's sextortion (Mexico, an emergency).
const FILES = [
  'us-romance-scam-international-wire.json',
  'ar-money-mule-job.json',
  'ca-fund-recovery.json',
  'mx-sextortion-minor.json',
].map((name) => path.join(EXAMPLES, name));
const LINDA = 'Linda, Ohio: dating site, wires';
const RECOVERY = "Recovery 'law firm' after earlier loss";
const CARMEN = 'Hijo de Carmen';
const NOTE = 'Left a message with the duty officer; call back Thursday';
const REFERENCE = 'IC3-2026-000417';

const items = (page: Page) => page.getByTestId('case-item');
const item = (page: Page, title: string) => items(page).filter({ hasText: title });

/** A date `days` from today on the browser's own calendar, as a date input takes it (YYYY-MM-DD). */
async function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

async function openCasesWithExamples(page: Page): Promise<void> {
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  await page.getByTestId('open-cases').click();
  await expect(items(page)).toHaveCount(1);
  for (const [i, file] of FILES.entries()) {
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', /added/);
    await expect(items(page)).toHaveCount(i + 2);
  }
}

test('the list shows each case, finds it by text, and filters by country, status and urgency', async ({
  page,
}) => {
  await openCasesWithExamples(page);
  await expect(page.getByTestId('case-count')).toHaveText('5 of 5 shown');
  await expect(item(page, LINDA)).toContainText('United States');
  await expect(item(page, RECOVERY)).toHaveAttribute('data-status', 'referred');
  await expect(item(page, RECOVERY)).toContainText('Referred');
  await expect(item(page, CARMEN)).toHaveAttribute('data-urgency', 'emergency');
  await expect(item(page, CARMEN)).toContainText('Emergency');
  await expectNoAxeViolations(page, 'the case list');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('linda');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(LINDA);
  await search.fill('carmen');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(CARMEN);
  await search.fill('nothing like this');
  await expect(items(page)).toHaveCount(0);
  await expect(page.getByTestId('case-none-found')).toBeVisible();
  await search.fill('');
  await expect(items(page)).toHaveCount(5);

  await page.getByLabel('Country').selectOption({ label: 'Mexico' });
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(CARMEN);
  await page.getByLabel('Country').selectOption('any');
  await page.getByLabel('Status').selectOption({ label: 'Referred' });
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(RECOVERY);
  await page.getByLabel('Status').selectOption('any');
  await page.getByLabel('Urgency').selectOption({ label: 'Emergency' });
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByTestId('case-count')).toHaveText('1 of 5 shown');
});

test('a referral followed through and a follow-up day are kept, and an overdue case comes first', async ({
  page,
}) => {
  await openCasesWithExamples(page);
  // Linda was imported first, so the newer ones are above her.
  await expect(items(page).first()).not.toContainText(LINDA);

  await item(page, LINDA).getByTestId('case-follow-up').click();
  const section = page.getByTestId('follow-up-section');
  await expect(section).toHaveAttribute('open', '');
  const yesterday = await dayFromToday(page, -1);
  await section.getByTestId('follow-up-day').fill(yesterday);
  const first = section.getByTestId('follow-up').first();
  await expect(first.getByTestId('follow-up-status')).toBeHidden();
  await first.getByTestId('follow-up-summary').click();
  await first.getByTestId('follow-up-status').selectOption('report_filed');
  await expect(first).toHaveAttribute('data-status', 'report_filed');
  // Reaching a status dates it today; the volunteer can change the date.
  await expect(first.getByTestId('follow-up-date')).toHaveValue(await dayFromToday(page, 0));
  await first.getByTestId('follow-up-reference').fill(REFERENCE);
  await first.getByTestId('follow-up-notes').fill(NOTE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // The notes stay out of the pack unless the volunteer chooses them; the reference is in.
  await page.getByTestId('open-pack').click();
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText(REFERENCE);
  await expect(preview).not.toContainText(NOTE);
  // The choice is among the pack's "more options", so the pack's first screens stay short (issue #12).
  await openSection(page, 'pack_more_options');
  await page.getByTestId('pack-include-notes').check();
  await expect(preview).toContainText(NOTE);

  await page.getByTestId('open-cases').click();
  await expect(items(page).first()).toContainText(LINDA);
  await expect(items(page).first()).toHaveAttribute('data-due', 'overdue');
  await expect(items(page).first()).toHaveAttribute('data-status', 'referred');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes saved on this device');
  await expect(items(page)).toHaveCount(5);
  await expect(items(page).first()).toContainText(LINDA);
  await expect(items(page).first()).toHaveAttribute('data-due', 'overdue');
  await expect(items(page).first()).toContainText('Follow-up overdue since');
  await page.getByRole('searchbox', { name: 'Search' }).fill(REFERENCE);
  await expect(items(page)).toHaveCount(1);

  await item(page, LINDA).getByTestId('case-follow-up').click();
  await expect(section.getByTestId('follow-up-day')).toHaveValue(yesterday);
  const kept = section.getByTestId('follow-up').first();
  await expect(kept.getByTestId('follow-up-summary')).toContainText('Report filed');
  await kept.getByTestId('follow-up-summary').click();
  await expect(kept.getByTestId('follow-up-status')).toHaveValue('report_filed');
  await expect(kept.getByTestId('follow-up-reference')).toHaveValue(REFERENCE);
  await expect(kept.getByTestId('follow-up-notes')).toHaveValue(NOTE);
  await expectNoAxeViolations(page, 'the results with follow-up open');
});
