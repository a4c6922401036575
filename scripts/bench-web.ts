// Measures the built app in a real browser, beside a bare Next.js page of the same version built the same way
// (static export), and prints the figures (nothing is asserted; issue 12):
// - Lighthouse (mobile preset, the npm `lighthouse` package with the system Chromium) on the bare page and on each
//   route, alternating, BENCH_ROUNDS rounds (default 1, 3 for a note), medians, and each route's score beside the
//   bare page's;
// - JavaScript downloaded per route once the page is idle, and over a whole journey (start to the pack);
// - time until the journey's first question is interactive (its radio buttons hydrated) with the CPU slowed 4×,
//   beside the time the bare page takes to hydrate its button;
// - page heights at 360 × 740 of check your answers, results and the pack, with no section opened.
// Both exports are served through gzip, as static hosts serve them (BENCH_GZIP=0 for raw bytes).
// Needs a build (npm run build). Run: npx tsx scripts/bench-web.ts (BENCH_OUT=<dir> for another export,
// BENCH_ONLY=lighthouse for the Lighthouse section alone).
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

import { chromium, type Browser, type Page } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

import { driveToReview } from '../e2e/support/drive';
import { SITUATIONS } from '../e2e/support/situations';
import { CHROMIUM_ARGS, findBrowser } from './lib/browser.mjs';
import { freePort } from './lib/free-port';

const ROOT = path.resolve(import.meta.dirname, '..');
const BARE_DIR = path.join(ROOT, '.bench', 'bare');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const ROUTES = ['/en/', '/pt/', '/pt/check/', '/en/weather/'];
/** BENCH_ONLY=lighthouse runs only the Lighthouse section (the others take minutes on a loaded machine). */
const ONLY = process.env.BENCH_ONLY;

/** A bare Next.js App Router page (one heading, one button), same Next and React, exported statically (.bench/). */
function buildBarePage(): string {
  const out = path.join(BARE_DIR, 'out');
  fs.rmSync(BARE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(BARE_DIR, 'app'), { recursive: true });
  fs.writeFileSync(
    path.join(BARE_DIR, 'package.json'),
    JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  );
  fs.writeFileSync(
    path.join(BARE_DIR, 'next.config.mjs'),
    "export default { output: 'export', trailingSlash: true };\n",
  );
  fs.writeFileSync(
    path.join(BARE_DIR, 'app', 'layout.tsx'),
    'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  fs.writeFileSync(
    path.join(BARE_DIR, 'app', 'page.tsx'),
    "'use client';\nimport { useState } from 'react';\nexport default function P() { const [n, setN] = useState(0); return <main><h1>Bare page</h1><p>A paragraph of text.</p><button onClick={() => setN(n + 1)}>Pressed {n}</button></main>; }\n",
  );
  const modules = path.join(BARE_DIR, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(ROOT, 'node_modules'), modules);
  execSync(`${path.join(ROOT, 'node_modules', '.bin', 'next')} build`, {
    cwd: BARE_DIR,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return out;
}

/**
 * Puts gzip in front of a local server, as every static host serves text files (Netlify, Cloudflare Pages, GitHub
 * Pages): without it Lighthouse's simulated mobile network downloads every script at its raw size, which is not
 * what a person's phone downloads. BENCH_GZIP=0 measures without it (the figures before issue 12's second round).
 */
async function gzipInFront(origin: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const upstream = await fetch(`${origin}${req.url ?? '/'}`, { redirect: 'manual' });
        const headers = Object.fromEntries(
          [...upstream.headers].filter(
            ([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k),
          ),
        );
        const body = Buffer.from(await upstream.arrayBuffer());
        const type = upstream.headers.get('content-type') ?? '';
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (accepts && /text|javascript|json|svg|xml|manifest/.test(type) && body.length > 512) {
          const gz = zlib.gzipSync(body, { level: 6 });
          res.writeHead(upstream.status, {
            ...headers,
            'content-encoding': 'gzip',
            'content-length': gz.length,
            vary: 'Accept-Encoding',
          });
          res.end(gz);
        } else {
          res.writeHead(upstream.status, { ...headers, 'content-length': body.length });
          res.end(body);
        }
      } catch {
        res.writeHead(502).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

async function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const direct = await serveDirect(dir);
  if (process.env.BENCH_GZIP === '0') return direct;
  const front = await gzipInFront(direct.url);
  return {
    url: front.url,
    stop: () => {
      front.stop();
      direct.stop();
    },
  };
}

async function serveDirect(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(port)],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => child.kill() };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

type LhRun = { score: number; lcp: number; tbt: number; js: number };

async function runLighthouse(url: string, port: number): Promise<LhRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  const items = (
    lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] }
  )?.items;
  const js = (items ?? [])
    .filter((i) => i.resourceType === 'Script')
    .reduce((s, i) => s + (i.transferSize ?? 0), 0);
  return {
    score: lhr.categories.performance?.score ?? 0,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    js,
  };
}

async function lighthouseSection(appUrl: string, bareUrl: string, executablePath: string): Promise<void> {
  console.log(
    `Lighthouse ${'12.2.3'} mobile preset, ${ROUNDS} round(s), medians; "vs bare" is score minus the bare page's.`,
  );
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const runs = new Map<string, LhRun[]>();
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, url] of [
        ['bare Next.js page', `${bareUrl}/`],
        ...ROUTES.map((r) => [r, `${appUrl}${r}`]),
      ] as const) {
        const run = await runLighthouse(url, chrome.port);
        runs.set(name, [...(runs.get(name) ?? []), run]);
      }
    }
  } finally {
    chrome.kill();
  }
  const bare = median((runs.get('bare Next.js page') ?? []).map((r) => r.score));
  for (const [name, rs] of runs) {
    const score = median(rs.map((r) => r.score));
    console.log(
      `${name.padEnd(20)} score ${score.toFixed(2)}  vs bare ${(score - bare >= 0 ? '+' : '') + (score - bare).toFixed(2)}  LCP ${(median(rs.map((r) => r.lcp)) / 1000).toFixed(2)} s  TBT ${Math.round(median(rs.map((r) => r.tbt)))} ms  JS ${(median(rs.map((r) => r.js)) / 1024).toFixed(1)} KB transferred`,
    );
  }
}

/** Counts the bytes of every script the page downloads from now on. */
function countScripts(page: Page): () => number {
  let bytes = 0;
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response
      .body()
      .then((b) => {
        bytes += b.length;
      })
      .catch(() => undefined);
  });
  return () => bytes;
}

async function javascriptSection(browser: Browser, appUrl: string): Promise<void> {
  console.log('JavaScript downloaded, raw bytes, once each page is idle (no service worker):');
  for (const route of ROUTES) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const total = countScripts(page);
    await page.goto(`${appUrl}${route}`, { waitUntil: 'networkidle' });
    console.log(`${route.padEnd(20)} ${(total() / 1024).toFixed(1)} KB`);
    await context.close();
  }
}

const situation = SITUATIONS['a romance scam with a bank transfer yesterday']?.answers ?? {};

async function journeySection(browser: Browser, appUrl: string): Promise<void> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const total = countScripts(page);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  await page.goto(`${appUrl}/es/`, { waitUntil: 'networkidle' });
  await page.getByTestId('start-new').click();
  await page.locator('form.step[data-step="safety_now"]').waitFor();
  await driveToReview(page, situation);
  const review = await height();
  await page.getByTestId('see-results').click();
  await page.getByTestId('urgency-banner').waitFor();
  const results = await height();
  await page.getByTestId('open-pack').click();
  await page.getByTestId('pack-preview').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const pack = await height();
  console.log(
    `Whole journey (start page to the pack, /es/): ${(total() / 1024).toFixed(1)} KB of JavaScript downloaded`,
  );
  console.log(
    `Page heights at 360 × 740, no section opened: check answers ${review} px (${(review / 740).toFixed(1)} screens), results ${results} px (${(results / 740).toFixed(1)}), pack ${pack} px (${(pack / 740).toFixed(1)})`,
  );
  await context.close();
}

/** Milliseconds from navigation start until `selector` is hydrated by React, with the CPU slowed 4×. */
async function timeToHydrated(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page
    .waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        return el && Object.keys(el).some((k) => k.startsWith('__reactProps')) ? performance.now() : null;
      },
      selector,
      { polling: 20, timeout: 60_000 },
    )
    .then((h) => h.jsonValue() as Promise<number>);
  await context.close();
  return ms;
}

async function interactiveSection(browser: Browser, appUrl: string, bareUrl: string): Promise<void> {
  const runs = 3;
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    bare.push(await timeToHydrated(browser, `${bareUrl}/`, 'button'));
    app.push(await timeToHydrated(browser, `${appUrl}/pt/check/`, 'input[name="in_danger_now"]'));
  }
  console.log(
    `Interactive first question, CPU 4× slower, median of ${runs}: /pt/check/ ${Math.round(median(app))} ms; bare page's button ${Math.round(median(bare))} ms`,
  );
}

async function main(): Promise<void> {
  const found = await findBrowser();
  if (!found?.executablePath) throw new Error('No system Chromium for Lighthouse (set CHROMIUM_PATH).');
  const bareOut = buildBarePage();
  // BENCH_OUT measures another export (e.g. a build of an earlier commit) with the same harness.
  const app = await serve(path.resolve(process.env.BENCH_OUT ?? path.join(ROOT, 'out')));
  const bare = await serve(bareOut);
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  try {
    console.log(
      process.env.BENCH_GZIP === '0'
        ? 'Served without compression (BENCH_GZIP=0).'
        : 'Served with gzip, as a static host serves text files (BENCH_GZIP=0 to turn it off).',
    );
    if (ONLY !== 'lighthouse') {
      await javascriptSection(browser, app.url);
      await journeySection(browser, app.url);
      await interactiveSection(browser, app.url, bare.url);
    }
    if (process.env.BENCH_LIGHTHOUSE !== '0')
      await lighthouseSection(app.url, bare.url, found.executablePath);
  } finally {
    await browser.close();
    app.stop();
    bare.stop();
    // Built inside the repository (Turbopack resolves packages only under the project root), removed after use so
    // that lint and type checks never see it.
    fs.rmSync(BARE_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
