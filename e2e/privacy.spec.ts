import { expect, test } from '@playwright/test';

import { PRODUCT_NAME } from '../lib/product';

import { JourneyPage } from './pages/journey-page';
import { waitForOfflineReady } from './support/app';
import { driveToReview } from './support/drive';
import { SITUATIONS } from './support/situations';

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
    await expect(page).toHaveTitle(PRODUCT_NAME);
  }
});

test('every page carries a strict Content-Security-Policy, and a whole journey to the pack breaks none of it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const violations: string[] = [];
  const collect = async () => {
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  };
  for (const path of ['/en/', '/es/check/', '/pt/weather/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('trusted-types default');
    await collect();
  }
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  await driveToReview(page, SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {});
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();
  await expect(page.getByTestId('urgency-banner')).toHaveCount(0);
  await collect();
  expect(violations).toEqual([]);
});
