// What a person types is kept: 100 reloads at seeded random moments, and 20 closes and reopens (of the tab, and of
// the whole browser), while typing their account of what happened. No character typed 200 ms or more before the
// interruption may be lost. Characters typed later may be, and are counted, not judged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type BrowserContext, type Page } from '@playwright/test';

import {
  REALISTIC,
  accountField,
  describeTally,
  emptyTally,
  openAccountQuestion,
  seededRandom,
  tally,
  typeBurst,
  type Tally,
} from './support/typing';

/** Fails with every character lost (and the counts), after all interruptions of the test have run. */
function expectNothingOlderThan200msLost(result: Tally): void {
  const summary = describeTally(result);
  console.log(`${test.info().title}: ${summary}`);
  test.info().annotations.push({ type: 'kept', description: summary });
  expect(result.damaged, summary).toEqual([]);
  expect(result.lost, summary).toEqual([]);
}

async function readAccount(page: Page): Promise<string> {
  const field = accountField(page);
  await expect(field).toBeVisible();
  return field.inputValue();
}

// Four tests of 25, so each fits its budget on a loaded 2-core machine; each has its own seed.
const RELOAD_ROUNDS = [1, 2, 3, 4].map((n) => ({ seed: 0x5eed0 + n, reloads: 25 }));

for (const { seed, reloads } of RELOAD_ROUNDS) {
  test(`typing survives ${reloads} reloads at random moments (seed ${seed})`, async ({ page }) => {
    test.setTimeout(240_000);
    const random = seededRandom(seed);
    const result = emptyTally();
    await openAccountQuestion(page);
    let text = await readAccount(page);
    for (let i = 1; i <= reloads; i++) {
      const typed = await typeBurst(page, accountField(page), random, REALISTIC);
      const interruptedAt = Date.now();
      await page.reload();
      const after = await readAccount(page);
      tally(result, { before: text, typed, interruptedAt, after }, `reload ${i}`);
      text = after;
    }
    expectNothingOlderThan200msLost(result);
  });
}

// Closing cannot use the test's own context: IndexedDB would go with it. A persistent profile on disk outlives
// the browser, as a phone's does.
const CLOSE_ROUNDS = [1, 2].map((n) => ({ seed: 0xc105e0 + n, closes: 10 }));

for (const { seed, closes } of CLOSE_ROUNDS) {
  test(`typing survives ${closes} closes of the tab or the browser (seed ${seed})`, async ({
    playwright,
    launchOptions,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const random = seededRandom(seed);
    const result = emptyTally();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'typing-profile-'));
    const launch = () =>
      playwright.chromium.launchPersistentContext(profile, {
        ...launchOptions,
        baseURL,
        viewport: { width: 360, height: 740 },
      });
    let context: BrowserContext = await launch();
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      await openAccountQuestion(page);
      let text = await readAccount(page);
      for (let i = 1; i <= closes; i++) {
        const typed = await typeBurst(page, accountField(page), random, REALISTIC);
        const interruptedAt = Date.now();
        // Every other time the tab is closed; in between, the whole browser is quit and started again.
        const closesBrowser = i % 2 === 0;
        if (closesBrowser) {
          await context.close();
          context = await launch();
          page = context.pages()[0] ?? (await context.newPage());
        } else {
          await page.close();
          page = await context.newPage();
        }
        await page.goto('/en/check/');
        const after = await readAccount(page);
        tally(
          result,
          { before: text, typed, interruptedAt, after },
          `${closesBrowser ? 'browser' : 'tab'} close ${i}`,
        );
        text = after;
      }
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
    expectNothingOlderThan200msLost(result);
  });
}
