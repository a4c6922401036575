// Issue 14, point 6 (figures for the charity): example case files imported on the cases screen, the figures opened
// from the list, counts under 5 shown as "fewer than 5", and the CSV downloaded: the same counts, and no name,
// contact, identifier, free text or exact date of the cases in it.
import fs from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { parseCsv } from '../lib/referral-pack/testing/parse-csv';
import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';

const EXAMPLES = path.resolve(import.meta.dirname, '..', 'examples');
const SPAIN = path.join(EXAMPLES, 'es-hi-mum-bizum.json');
const BRAZIL = path.join(EXAMPLES, 'br-pix-fake-bank-call.json');
const MARKER = 'ZQXMARK';

type Example = {
  account: string;
  identifiers: { value: string }[];
  payments: { recipient: { name: string } }[];
};
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Example & Record<string, unknown>;

async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  { isCopy = false } = {},
) {
  const before = await page.getByTestId('case-item').count();
  await page.getByTestId('import-file').setInputFiles(file);
  // The same case again: keep both.
  if (isCopy) await page.getByTestId('import-keep_both').click();
  await expect(page.getByTestId('case-item')).toHaveCount(before + 1);
}

test('the figures count the imported cases, hide counts under 5, and the CSV holds no personal detail', async ({
  page,
}) => {
  await new JourneyPage(page).startNew();
  await page.getByTestId('open-cases').click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);

  // Five copies of the Spanish case (5: shown), one Brazilian case with a marker in its own words (1: hidden).
  for (let i = 0; i < 5; i += 1) await importFile(page, SPAIN, { isCopy: i > 0 });
  const brazil = { ...read(BRAZIL), title: `${MARKER} title`, account: `${MARKER} own words` };
  await importFile(page, {
    name: 'brazil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(brazil)),
  });

  await page.getByTestId('open-figures').click();
  const figures = page.getByTestId('figures');
  await expect(figures.getByRole('heading', { level: 2 })).toHaveText('Figures for your charity');
  await expect(figures).toContainText('Anonymous counts of the 7 cases saved on this device');
  await expect(page.getByTestId('figures-statement')).toContainText('Never counted: names, contact details');

  const country = page.getByTestId('figure-country');
  await expect(country.locator('tr[data-code="ES"]')).toContainText(/Spain\s*5/);
  await expect(country.locator('tr[data-code="BR"]')).toContainText(/Brazil\s*fewer than 5/);
  await expect(country.locator('tr[data-code="not_given"]')).toContainText('fewer than 5');
  const losses = page.getByTestId('figure-losses');
  await expect(losses.locator('tr[data-code="EUR"]')).toContainText('€800.00');
  await expect(losses.locator('tr[data-code="EUR"]')).toContainText('€4,000.00');
  await expect(losses.locator('tr[data-code="BRL"]')).toContainText('fewer than 5');
  await expect(losses.locator('tr[data-code="BRL"]')).toContainText('not shown (fewer than 5 cases)');
  await expect(figures).not.toContainText(MARKER);
  await expectNoAxeViolations(page, 'figures');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('figures-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('figures.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(['Figure', 'Code', 'Category', 'Cases', 'Median per case', 'Total']);
  expect(rows).toContainEqual(['Cases by country of residence', 'ES', 'Spain', '5', '', '']);
  expect(rows).toContainEqual(['Cases by country of residence', 'BR', 'Brazil', 'fewer than 5', '', '']);
  expect(rows).toContainEqual(['Money lost, by currency', 'EUR', 'EUR', '5', '800', '4000']);
  expect(rows).toContainEqual(['Money lost, by currency', 'BRL', 'BRL', 'fewer than 5', '', '']);

  // Nothing a person wrote or that names anyone, and no date.
  expect(text).not.toContain(MARKER);
  for (const example of [read(SPAIN), brazil]) {
    expect(text).not.toContain(example.account.slice(0, 20));
    for (const { value } of example.identifiers) expect(text).not.toContain(value);
    for (const { recipient } of example.payments) expect(text).not.toContain(recipient.name);
  }
  expect(text).not.toMatch(/\d{4}-\d{2}/);

  await page.getByRole('button', { name: 'Close the figures' }).click();
  await expect(page.getByTestId('open-figures')).toBeFocused();
});

test('the figures in Spanish, where one case is "menos de 5"', async ({ page }) => {
  await new JourneyPage(page, 'es').startNew();
  await page.getByTestId('open-cases').click();
  await page.getByTestId('open-figures').click();
  const figures = page.getByTestId('figures');
  await expect(figures.getByRole('heading', { level: 2 })).toHaveText('Cifras para tu organización');
  await expect(figures).toContainText('por ahora, menos de 5');
  await expect(page.getByTestId('figure-country').locator('tr[data-code="not_given"]')).toContainText(
    /Sin indicar\s*menos de 5/,
  );
  await expect(page.getByTestId('figures-download')).toHaveText('Descargar CSV');
});
