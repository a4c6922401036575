// Measures SHA-256 throughput in a real browser for a 100 MB file, with the same hashing code the app uses
// (lib/evidence/hash-stream.ts, bundled here with esbuild), on the main thread and in a Web Worker, and Web Crypto's
// one-piece digest for comparison. Prints measured figures only; nothing is asserted.
// Needs a build (npm run build). Run: npx tsx scripts/bench-browser.ts
import path from 'node:path';

import { build } from 'esbuild';

import { withServedBrowser } from './lib/bench-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 4190;
const PAGE_URL = `http://localhost:${PORT}/en/`;
const SIZE_BYTES = 100_000_000;
const RUNS = 3;

type Runs = { ms: number[]; sha256: string; longTasks: number };
type PageResults = { chunked: Runs; worker: Runs; subtle: Runs; userAgent: string };

// The page side: times hashBlob on the main thread and in a worker, then crypto.subtle, on the same random bytes.
// Long tasks (> 50 ms) on the main thread are counted during each, since a worker should leave none.
const PAGE_HARNESS = `
import { hashBlob } from './lib/evidence/hash-stream.ts';

async function timeRuns(runs, work) {
  const ms = [];
  let sha256 = '';
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
  try { observer.observe({ type: 'longtask' }); } catch { longTasks = -1; }
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    sha256 = await work();
    ms.push(performance.now() - started);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { ms, sha256, longTasks };
}

function toHex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

globalThis.__benchSha256 = async ({ size, runs, workerSource }) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(i + 65536, size)));
  const blob = new Blob([bytes]);

  const chunked = await timeRuns(runs, () => hashBlob(blob));

  const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(workerUrl);
  const hashInWorker = () => new Promise((resolve, reject) => {
    worker.onmessage = (event) => event.data.error ? reject(new Error(event.data.error)) : resolve(event.data.sha256);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(blob);
  });
  const inWorker = await timeRuns(runs, hashInWorker);
  worker.terminate();
  URL.revokeObjectURL(workerUrl);

  const subtle = await timeRuns(runs, async () => toHex(await crypto.subtle.digest('SHA-256', bytes)));
  return { chunked, worker: inWorker, subtle, userAgent: navigator.userAgent };
};
`;

const WORKER_HARNESS = `
import { hashBlob } from './lib/evidence/hash-stream.ts';
self.onmessage = async (event) => {
  try {
    self.postMessage({ sha256: await hashBlob(event.data) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
`;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'bench-harness.js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild produced no output');
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function describeRuns(label: string, runs: Runs): string {
  const ms = median(runs.ms);
  const mbPerSecond = SIZE_BYTES / 1e6 / (ms / 1000);
  const each = runs.ms.map((m) => m.toFixed(0)).join(', ');
  const longTasks = runs.longTasks < 0 ? 'not measurable' : String(runs.longTasks);
  return (
    `SHA-256 in the browser, ${SIZE_BYTES / 1e6} MB (${label}): ${ms.toFixed(0)} ms, ${mbPerSecond.toFixed(1)} MB/s` +
    `  [median of ${RUNS}: ${each} ms; main-thread long tasks > 50 ms: ${longTasks}]`
  );
}

const [pageScript, workerSource] = await Promise.all([bundle(PAGE_HARNESS), bundle(WORKER_HARNESS)]);
await withServedBrowser(async ({ browser, origin }) => {
  // The app's service worker would precache in the background while we time; keep it out of the measurement.
  // The harness injects its own script, which the app's Content-Security-Policy would (rightly) refuse.
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  await page.addScriptTag({ content: pageScript });
  const results = await page.evaluate<PageResults>(
    `globalThis.__benchSha256(${JSON.stringify({ size: SIZE_BYTES, runs: RUNS, workerSource })})`,
  );

  const browserVersion = browser.version();
  console.log(`Browser: Chromium ${browserVersion} (${origin}), headless; page ${PAGE_URL}`);
  console.log(describeRuns('chunked, @noble/hashes, main thread', results.chunked));
  console.log(describeRuns('chunked, @noble/hashes, in a Web Worker as the app runs it', results.worker));
  console.log(describeRuns('crypto.subtle, one piece, for comparison', results.subtle));
  const agree =
    results.chunked.sha256 === results.subtle.sha256 && results.worker.sha256 === results.subtle.sha256;
  console.log(`The three hashes agree: ${agree ? 'yes' : 'NO'} (${results.subtle.sha256})`);
  if (!agree) process.exitCode = 1;

  // From a keystroke to "Saved on this device": Space on an answer, timed in the page until the status says saved.
  const journey = await context.newPage();
  await journey.goto(`http://localhost:${PORT}/en/check/`, { waitUntil: 'load' });
  await journey.locator('form.step').waitFor();
  await journey.evaluate(() => {
    const w = window as unknown as { __saves: number[]; __t0: number };
    w.__saves = [];
    w.__t0 = 0;
    window.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    const status = document.querySelector('[data-testid="save-status"]');
    new MutationObserver(() => {
      const now = document.querySelector('[data-testid="save-status"]');
      if (now?.getAttribute('data-status') === 'saved' && w.__t0 > 0) {
        w.__saves.push(performance.now() - w.__t0);
        w.__t0 = 0;
      }
    }).observe(status?.parentElement ?? document.body, { subtree: true, attributes: true, childList: true });
  });
  const SAVE_RUNS = 15;
  for (let i = 0; i < SAVE_RUNS; i++) {
    await journey.locator(`input[name="in_danger_now"][value="${i % 2 === 0 ? 'no' : 'dont_know'}"]`).focus();
    await journey.keyboard.press('Space');
    await journey.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await journey.waitForTimeout(50);
  }
  const saves = await journey.evaluate(() => (window as unknown as { __saves: number[] }).__saves);
  const sorted = [...saves].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(
    `Keystroke to "saved" (save at most 150 ms after the first unsaved key, plus the IndexedDB write): median ${median.toFixed(0)} ms, ` +
      `min ${(sorted[0] ?? NaN).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms over ${sorted.length} answers`,
  );
}, PORT);
