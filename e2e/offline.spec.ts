import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { extractPdfText } from '../lib/referral-pack/testing/extract-pdf-text';
import { JourneyPage } from './pages/journey-page';
import { waitForOfflineReady } from './support/app';
import { driveToReview } from './support/drive';
import { openSection } from './support/sections';
import { SITUATIONS } from './support/situations';

test('after one online visit, every language and the root address load offline', async ({
  page,
  context,
}) => {
  await page.goto('/en/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  const pages = [
    { path: '/', url: '/en/', heading: /^Something happened online/ },
    { path: '/en/', url: '/en/', heading: /^Something happened online/ },
    { path: '/es/', url: '/es/', heading: /^Algo pasó en internet/ },
    { path: '/pt/', url: '/pt/', heading: /^Aconteceu algo na internet/ },
  ];
  for (const { path, url, heading } of pages) {
    await page.goto(path);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Fully rendered and hydrated: the quick exit answers, the styles applied.
    await expect(page.getByTestId('quick-exit')).toBeVisible();
    const headerBackground = await page
      .locator('.app-header')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerBackground).toBe('rgb(36, 80, 92)');
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Aconteceu algo na internet/);
});

test('offline after one visit to the start page, a PDF pack in another language is made with the engine and fonts never loaded before', async ({
  page,
  context,
}) => {
  // Nothing of the PDF engine, its fonts or the other language's words is requested while online.
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/pt/');
  await waitForOfflineReady(page);
  expect(requested.filter((p) => p.startsWith('/fonts/'))).toEqual([]);
  await context.setOffline(true);

  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {});
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();
  await openSection(page, 'pack_preview');
  await page.getByTestId('pack-language').selectOption('en');
  await expect(page.getByTestId('pack-preview')).toHaveAttribute('lang', 'en');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('pack-download-pdf').click();
  const download = await downloading;
  const pdf = await extractPdfText(new Uint8Array(readFileSync(await download.path())));
  expect(pdf.pages.length).toBeGreaterThan(1);
  // The English pack's own words, drawn with the embedded fonts, and page labels on every page.
  expect(pdf.pages[0]).toContain('Referral pack');
  expect(pdf.text).toContain(`Page 1 of ${String(pdf.pages.length)}`);
  expect(requested.filter((p) => p.startsWith('/fonts/'))).toEqual(
    expect.arrayContaining(['/fonts/DejaVuSans.woff', '/fonts/DejaVuSans-Bold.woff']),
  );
});
