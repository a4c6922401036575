// Issue 15, point 3: "when locked, no case content is in the page, also when it is restored by Back or from the
// back/forward cache". Playwright turns Chromium's back/forward cache off by default (--disable-back-forward-cache);
// this file turns it back on, so Back really restores the page from memory rather than loading it again, and checks
// that it was restored (pageshow with persisted) before it checks what the page shows.
import { expect, test } from '@playwright/test';

import { CHROMIUM_ARGS, findBrowser } from '../scripts/lib/browser.mjs';

import { caseBehindLock, expectOnlyUnlockForm, PASSPHRASE, tryPassphrase } from './support/lock';

const browser = await findBrowser();
test.use({
  launchOptions: {
    executablePath: browser?.executablePath,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test('unlocked, away and Back from the back/forward cache: the page comes back locked, the case not in it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await caseBehindLock(page);
  await page.evaluate(() => {
    const w = window as unknown as { __restored: number };
    w.__restored = 0;
    addEventListener('pageshow', (event: PageTransitionEvent) => {
      if (event.persisted) w.__restored += 1;
    });
  });
  const awayAndBack = async (): Promise<void> => {
    await page.goto('/en/weather/');
    // A page restored from the cache fires no load event: wait only for the navigation to be committed.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(/\/en\/check\/$/);
  };
  const restoredCount = () => page.evaluate(() => (window as unknown as { __restored?: number }).__restored);

  // Open and unlocked when the person left: leaving locked it, so the page comes back locked.
  await awayAndBack();
  expect(await restoredCount(), 'the page came back from the back/forward cache').toBe(1);
  await expectOnlyUnlockForm(page);

  // Unlocked again, then "Lock now", away and Back: still only the unlock form.
  await tryPassphrase(page, PASSPHRASE);
  await expect(page.locator('.cases').or(page.locator('form.step'))).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('open-cases').or(page.getByTestId('lock-now')).first().click();
  await page.getByTestId('lock-now').click();
  await expectOnlyUnlockForm(page);
  await awayAndBack();
  expect(await restoredCount(), 'the page came back from the back/forward cache again').toBe(2);
  await expectOnlyUnlockForm(page);
});
