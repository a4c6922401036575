// Measures the passphrase lock in the browser (issue #15): the key derivation's parameters, the time to turn the
// lock on, and the time from "Open" on the unlock screen to the saved notes shown, with the CPU slowed 4× (as
// Lighthouse does for a mid-range phone), on the built export at 360 × 740. Prints figures only (median of three
// runs). Needs a build (npm run build). Run: npx tsx scripts/bench-unlock.ts

import { PBKDF2_ITERATIONS } from '../lib/persistence/passphrase-lock';
import { withServedBrowser } from './lib/bench-server';

const RUNS = 3;
const PASSPHRASE = 'lantern orbit meadow cactus velvet';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const list = (values: number[]) => values.map((v) => `${Math.round(v)} ms`).join(', ');

await withServedBrowser(async ({ browser, baseURL }) => {
  const turnOn: number[] = [];
  const unlock: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto('/en/');
    await page.getByTestId('start-new').click();
    await page.getByTestId('open-cases').click();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByTestId('lock-setup').click();
    await page.getByTestId('lock-new').fill(PASSPHRASE);
    await page.getByTestId('lock-again').fill(PASSPHRASE);
    await page.getByTestId('lock-understood').check();
    let start = performance.now();
    await page.getByTestId('lock-turn-on').click();
    await page.getByTestId('lock-done').waitFor({ timeout: 120_000 });
    turnOn.push(performance.now() - start);
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    start = performance.now();
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('unlock-screen').waitFor({ state: 'detached', timeout: 120_000 });
    unlock.push(performance.now() - start);
    await context.close();
  }
  console.log(
    `Key derivation: PBKDF2-HMAC-SHA256, ${PBKDF2_ITERATIONS.toLocaleString('en')} iterations, 16-byte salt (stored with the data)`,
  );
  console.log(`Chromium ${browser.version()}, CPU slowed 4×, 360 × 740, ${RUNS} runs`);
  console.log(`Turn the lock on: median ${Math.round(median(turnOn))} ms (${list(turnOn)})`);
  console.log(`Unlock, from "Open" to the notes: median ${Math.round(median(unlock))} ms (${list(unlock)})`);
});
