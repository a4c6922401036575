import { expect, test } from '@playwright/test';

import { waitForOfflineReady } from './support/app';

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
