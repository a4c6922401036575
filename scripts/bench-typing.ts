// Measures how much of what a person types survives a reload that comes right after it: in a real browser, on the
// built app, the account question is typed into one key at a time and the page is reloaded at a seeded random
// moment 0-200 ms after the last key. Prints, of the characters typed within the last 200 ms before a reload, how
// many were still there after it (and the same for older ones). Nothing is asserted here; the end-to-end test
// e2e/typing-survives.spec.ts asserts that nothing typed 200 ms or more before is lost.
// Needs a build (npm run build). Run: npx tsx scripts/bench-typing.ts

import {
  accountField,
  describeTally,
  emptyTally,
  openAccountQuestion,
  seededRandom,
  tally,
  typeBurst,
  type Rhythm,
} from '../e2e/support/typing';
import { withServedBrowser } from './lib/bench-server';

const RELOADS = 40;
const SEED = 0xbe7c4;
// Short bursts, and the reload always within 200 ms of the last key, so most of the sample is the figure wanted.
const RHYTHM: Rhythm = { chars: [2, 5], gapMs: [20, 100], lastPauseMs: [0, 200] };

await withServedBrowser(async ({ browser, baseURL, origin }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await openAccountQuestion(page);
  const random = seededRandom(SEED);
  const result = emptyTally();
  let text = await accountField(page).inputValue();
  for (let i = 1; i <= RELOADS; i++) {
    const typed = await typeBurst(page, accountField(page), random, RHYTHM);
    const interruptedAt = Date.now();
    await page.reload();
    await accountField(page).waitFor();
    const after = await accountField(page).inputValue();
    tally(result, { before: text, typed, interruptedAt, after }, `reload ${i}`);
    text = after;
  }
  const { under200ms: recent } = result;
  const share = recent.typed === 0 ? 'n/a' : `${((100 * recent.kept) / recent.typed).toFixed(0)}%`;
  console.log(
    `Browser: Chromium ${browser.version()} (${origin}), headless; ${RELOADS} reloads, seed ${SEED}`,
  );
  console.log(
    `Of characters typed within the last 200 ms before a reload, ${recent.kept} of ${recent.typed} survive (${share})`,
  );
  console.log(`All of them, by age at the reload: ${describeTally(result)}`);
  if (result.damaged.length > 0) console.log(`Text changed otherwise: ${result.damaged.join('; ')}`);
});
