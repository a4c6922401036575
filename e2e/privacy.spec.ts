import { expect, test } from '@playwright/test';

import { waitForOfflineReady } from './support/app';

test('a full visit makes no request to any other origin, from the page or the service worker', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('serviceworker', (worker) => worker.on('console', () => undefined));

  await page.goto('/');
  await waitForOfflineReady(page);
  for (const path of ['/en/', '/es/', '/pt/']) await page.goto(path);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(10);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
});

test('page titles are neutral in every language', async ({ page }) => {
  for (const path of ['/en/', '/es/', '/pt/']) {
    await page.goto(path);
    await expect(page).toHaveTitle('Waypoint');
  }
});
