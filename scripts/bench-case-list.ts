// Measures the volunteer's case list (issue 14, point 1) in a real browser on the built app, with the CPU slowed 4×
// and a 360 × 740 screen: 1,000 cases of 20 payments each are written into the app's database, then
// - the time from pressing "Saved notes" to the list showing its count, the first time (every case read, checked and
//   assessed), again (only changed cases read again), and after a fresh start once the app has read the cases in
//   the background;
// - the time from a keystroke in the search box to the list showing the new count, and the next frame painted.
// Prints the figures; nothing is asserted (the aims are under 300 ms to open and under 100 ms a keystroke).
// Needs a build (npm run build). Run: npx tsx scripts/bench-case-list.ts
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { parseCaseFile } from '../lib/case/case-file';
import type { Case } from '../lib/case/schema';
import { withServedBrowser } from './lib/bench-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const CASES = 1000;
const PAYMENTS = 20;
const RUNS = 3;
/** Time left for the background reading after a fresh start, before the list is opened. */
const BACKGROUND_WAIT_MS = 15_000;
const COUNTRIES = ['ES', 'MX', 'BR', 'AR', 'PT', 'US', 'GB', 'CO'];

/** 1,000 cases made from an example file: each its own id, name, country, dates and 20 payments. */
function makeCases(): Case[] {
  const parsed = parseCaseFile(fs.readFileSync(path.join(ROOT, 'examples', 'es-hi-mum-bizum.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the example case file should be valid');
  const base = parsed.case;
  const payment = base.payments[0];
  if (!payment) throw new Error('the example case should have a payment');
  return Array.from({ length: CASES }, (_, n): Case => {
    const day = new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
    return {
      ...base,
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      title: `Volunteer case ${String(n).padStart(4, '0')}`,
      country: COUNTRIES[n % COUNTRIES.length] ?? null,
      createdAt: day,
      updatedAt: day,
      followUpOn: n % 10 === 0 ? `2026-0${1 + (n % 9)}-15` : null,
      payments: Array.from({ length: PAYMENTS }, (__, k) => ({
        ...payment,
        id: `p${k}`,
        reference: `REF-${n}-${k}`,
      })),
    };
  });
}

/** Writes the cases into the app's own database, as plain rows (the app made the database first). */
async function storeCases(page: Page, cases: Case[]): Promise<void> {
  for (let i = 0; i < cases.length; i += 100) {
    const rows = cases.slice(i, i + 100).map((c) => ({
      id: c.id,
      updatedAt: c.updatedAt,
      format: 'plain',
      payload: { case: c, session: {} },
    }));
    await page.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('could not open the database'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        for (const row of batch) tx.objectStore('cases').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('could not write'));
      });
      db.close();
    }, rows);
  }
}

/**
 * Presses "Saved notes" and times it until the first cases are listed (the list shows cases as they are read) and
 * until every case is, each with the next frame painted.
 */
async function timeOpen(page: Page, total: number): Promise<{ first: number; all: number }> {
  return page.evaluate(async (expected) => {
    const started = performance.now();
    let first = NaN;
    document.querySelector<HTMLButtonElement>('[data-testid="open-cases"]')?.click();
    await new Promise<void>((resolve) => {
      const check = () => {
        if (Number.isNaN(first) && document.querySelector('[data-testid="case-item"]'))
          first = performance.now() - started;
        const count = document.querySelector<HTMLElement>('[data-testid="case-count"]');
        if (count?.dataset.state === 'ready' && count.dataset.total === String(expected)) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { first, all: performance.now() - started };
  }, total);
}

/**
 * Sets the search box to each text in turn, as typing or deleting one character does, and times each until the list
 * shows a new count and a frame is painted (at most 5 s: a text that changes nothing counts as 5 s).
 */
async function timeKeystrokes(page: Page, texts: string[]): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="case-search"]');
    const count = () => document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
    // React listens to the native value setter, as a key press sets it.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    if (!input || !descriptor?.set) throw new Error('no search box');
    const setValue = (value: string) => descriptor.set?.call(input, value);
    const times: number[] = [];
    for (const text of steps) {
      const before = count();
      const started = performance.now();
      setValue(text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () =>
          count() !== before || performance.now() - started > 5000 ? resolve() : requestAnimationFrame(check);
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      times.push(performance.now() - started);
    }
    return times;
  }, texts);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

await withServedBrowser(async ({ browser, baseURL, origin }) => {
  const coldFirst: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const later: number[] = [];
  const keys: number[] = [];
  const cases = makeCases();
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 360, height: 740 },
    });
    // tsx names the functions it compiles with a helper (`__name`) the page does not have: give it one.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto('/en/');
    await page.getByTestId('start-new').click();
    await page.getByTestId('open-cases').waitFor();
    await storeCases(page, cases);
    await page.reload();
    await page.getByTestId('open-cases').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const opened = await timeOpen(page, CASES + 1);
    coldFirst.push(opened.first);
    cold.push(opened.all);
    await page.getByRole('button', { name: 'Back to my notes' }).click();
    await page.getByTestId('open-cases').waitFor();
    warm.push((await timeOpen(page, CASES + 1)).all);
    // "Volunteer case 0417": typing "1" then "7" after "case 04" narrows the list (to 10 cases, then 1), and deleting
    // them widens it again. The first text is not timed: it only sets the box.
    const [, ...typed] = await timeKeystrokes(page, [
      'case 04',
      'case 041',
      'case 0417',
      'case 041',
      'case 04',
    ]);
    keys.push(...typed);
    // A fresh start: the app reads the list in the background 2 s after it is ready; open the list once that is done
    // (the bench waits long enough for 1,000 cases at this speed). The app reopens on the view it was on: the notes.
    await page.getByRole('button', { name: 'Back to my notes' }).click();
    await page.getByTestId('open-cases').waitFor();
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await page.reload();
    await page.getByTestId('open-cases').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.waitForTimeout(BACKGROUND_WAIT_MS);
    later.push((await timeOpen(page, CASES + 1)).all);
    await context.close();
  }
  console.log(
    `Browser: Chromium ${browser.version()} (${origin}), headless, CPU slowed 4×, 360 × 740; ${CASES} cases of ${PAYMENTS} payments (+1 empty), ${RUNS} runs`,
  );
  console.log(
    `Open the list, first time, until the first cases show: median ${ms(median(coldFirst))} (${coldFirst.map(ms).join(', ')})`,
  );
  console.log(
    `Open the list, first time (read, check and assess every case): median ${ms(median(cold))} (${cold.map(ms).join(', ')})`,
  );
  console.log(
    `Open the list again (cases kept in memory): median ${ms(median(warm))} (${warm.map(ms).join(', ')})`,
  );
  console.log(
    `Open the list ${BACKGROUND_WAIT_MS / 1000} s after a fresh start (read in the background): median ${ms(median(later))} (${later.map(ms).join(', ')})`,
  );
  console.log(
    `A search keystroke until the list shows it: median ${ms(median(keys))} (${keys.map(ms).join(', ')})`,
  );
});
