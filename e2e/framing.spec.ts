import { expect, test, type Frame, type Page } from '@playwright/test';

/**
 * Issue 15, "No framing": another site puts the app in a frame, and the app refuses to render there. The other
 * site is a page on another origin (http://elsewhere.test/, answered by the test itself) with one iframe to the
 * app on the local server.
 */
const ELSEWHERE = 'http://elsewhere.test/';

async function frameTheApp(page: Page, appUrl: string): Promise<Frame> {
  await page.route(ELSEWHERE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html><body><h1>Another site</h1><iframe id="app" src="${appUrl}" width="360" height="600"></iframe></body></html>`,
    }),
  );
  await page.goto(ELSEWHERE);
  const handle = await page.locator('#app').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

test.describe('framed by another site', () => {
  // The first visit from the network: a service worker answering from its cache is covered by the headers it
  // cached and by the page guard, which is in the cached page.
  test.use({ serviceWorkers: 'block' });

  test('with the headers scripts/serve.mjs sends, the browser refuses to load the app in the frame', async ({
    page,
    baseURL,
  }) => {
    const appUrl = `${baseURL}/en/`;
    const response = await page.request.get(appUrl);
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');

    const frame = await frameTheApp(page, appUrl);
    // Chromium puts its own error page in the frame instead of the app (without the headers, the next test shows
    // the frame does hold the app's address).
    await expect.poll(() => frame.url()).toBe('chrome-error://chromewebdata/');
    await expect(frame.getByTestId('start-new')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  });

  test('on a host that sends no headers, the page guard hides the app and stops it before it runs', async ({
    page,
    baseURL,
  }) => {
    const appOrigin = new URL(baseURL ?? '').origin;
    // A host that cannot send headers: the same files, without the server's security headers.
    const stripped: string[] = [];
    await page.route(`${appOrigin}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      for (const name of ['content-security-policy', 'x-frame-options']) {
        if (headers[name]) stripped.push(`${route.request().url()} ${name}`);
        delete headers[name];
      }
      await route.fulfill({ response, headers });
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });

    // As the top window the same page renders and works: what the frame shows below is the guard's doing.
    await page.goto('/en/');
    await expect(page.getByTestId('start-new')).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
    scripts.length = 0;

    const frame = await frameTheApp(page, `${appOrigin}/en/`);
    // The guard stops the page loading, so its load event never comes: wait for the guard's mark instead.
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.style.display).catch(() => ''))
      .toBe('none');
    expect(stripped.some((s) => s.startsWith(`${appOrigin}/en/`))).toBe(true);
    expect(frame.url()).toBe(`${appOrigin}/en/`);
    const state = await frame.evaluate(() => ({
      display: document.documentElement.style.display,
      text: document.body?.innerText ?? '',
      appScripts: document.querySelectorAll('script[src]').length,
    }));
    expect(state).toEqual({ display: 'none', text: '', appScripts: 0 });
    await expect(frame.getByTestId('start-new')).toHaveCount(0);
    // None of the app's code was even fetched for the frame.
    expect(scripts).toEqual([]);
  });
});
