// Issue 15, "No framing, no injection" and "No leaks", over one whole journey with the service worker on: the
// strict policy (scripts/add-csp.mjs, Trusted Types required) is never violated and nothing logs an error; links
// to other sites carry no referrer; and what the person types never reaches an address, a title, the history, the
// console, the manifest or the service worker's caches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { PRODUCT_NAME } from '../lib/product';

import { JourneyPage } from './pages/journey-page';
import { waitForOfflineReady } from './support/app';
import { driveToReview, type ScenarioAnswers } from './support/drive';
import { SITUATIONS, yesterday } from './support/situations';
import { openSection } from './support/sections';

const MARKER = 'qzxmarker';
const PLATFORM = `${MARKER}platform`;
const RECIPIENT = `${MARKER}recipient`;
const FILE_NAME = `${MARKER}-photo.png`;

const ANSWERS: ScenarioAnswers = {
  ...SITUATIONS['a romance scam with a bank transfer yesterday']?.answers,
  first_contact_date: yesterday,
  contact_platform: PLATFORM,
};

type Seen = { url: string; title: string; history: string };

async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const console: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const violations: string[] = [];
  return {
    console,
    errors,
    violations,
    /** Takes the violations the current document saw (call before leaving it). */
    collect: async () => {
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
      );
    },
  };
}

async function seen(page: Page): Promise<Seen> {
  return {
    url: page.url(),
    title: await page.title(),
    history: await page.evaluate(() => JSON.stringify(history.state) ?? ''),
  };
}

/** Every cached response of the service worker, as text, with the address it answers. */
async function cacheContents(page: Page): Promise<{ url: string; text: string }[]> {
  return page.evaluate(async () => {
    const all: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const bytes = new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0));
        all.push({ url: request.url, text: new TextDecoder('latin1').decode(bytes) });
      }
    }
    return all;
  });
}

test('a whole journey to the pack breaks no policy, logs no error and leaks nothing typed', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaks-'));
  const evidence = path.join(dir, FILE_NAME);
  fs.copyFileSync(path.resolve(import.meta.dirname, 'fixtures', 'evidence-1.png'), evidence);

  const watch = await watchPolicy(page);
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const screens: Seen[] = [];

  // Installed and controlling, so the service worker's caches are the ones a person's phone has.
  await page.goto('/pt/');
  // The service worker's registration is a Trusted Types sink: a refusal shows here, before waiting for it.
  await page.waitForLoadState('networkidle');
  await watch.collect();
  expect(watch.violations).toEqual([]);
  await waitForOfflineReady(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).toContain('trusted-types default');
  await watch.collect();

  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, ANSWERS, {
    onScreen: async (visit) => {
      screens.push(await seen(page));
      if (visit.kind !== 'step') return;
      if (visit.id === 'payment_records') {
        await page.getByRole('button', { name: 'Adicionar um pagamento' }).click();
        await page.locator('#payments-paid_at').fill(`${yesterday}T18:40`);
        await page.locator('#payments-amount').fill('2500');
        await page.locator('#payments-currency').fill('EUR');
        await page.locator('#payments-method').selectOption('bank_transfer');
        await page.locator('#payments-recipient_name').fill(RECIPIENT);
        await page.getByRole('button', { name: 'Salvar' }).click();
        await expect(page.getByTestId('payment-totals')).toBeVisible();
      }
      if (visit.id === 'evidence') {
        // Hashed in a Web Worker: a script-URL sink that Trusted Types guard.
        await page.getByRole('button', { name: 'Adicionar uma prova' }).click();
        await page.locator('.records__form input[type="file"]').first().setInputFiles(evidence);
        await expect(page.locator('.records__form #evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);
        await page.getByRole('button', { name: 'Salvar' }).click();
        await expect(page.locator('.records__list li')).toHaveCount(1);
      }
      screens.push(await seen(page));
    },
  });
  screens.push(await seen(page));
  await page.getByTestId('see-results').click();
  await expect(page.getByTestId('open-pack')).toBeVisible();
  screens.push(await seen(page));

  // Links to other sites: every one opens without a referrer (and without a handle back to the app).
  const links = await page
    .locator('a[href^="http"]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') })),
    );
  const external = links.filter((l) => !l.href.startsWith(`${origin}/`));
  expect(external.length).toBeGreaterThan(0);
  for (const link of external)
    expect(link.rel?.split(/\s+/), link.href).toEqual(expect.arrayContaining(['noreferrer']));

  await page.getByTestId('open-pack').click();
  await openSection(page, 'pack_preview');
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible();
  // What was typed is really in the case: the pack shows it.
  await expect(preview).toContainText(RECIPIENT);
  await expect(preview).toContainText(FILE_NAME);
  screens.push(await seen(page));
  // The ZIP: the PDF is drawn and hashed on the device.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('pack-download-zip').click();
  expect((await downloading).suggestedFilename()).toMatch(/^pack-[0-9A-F]{8}\.zip$/);
  screens.push(await seen(page));

  // A reload of the pack, as after a crash: the stored case is read back under the same policy.
  await watch.collect();
  await page.reload();
  await expect(page.getByTestId('pack-preview').or(page.getByTestId('start-new')).first()).toBeVisible();
  screens.push(await seen(page));
  await watch.collect();

  expect(watch.violations).toEqual([]);
  expect(watch.errors).toEqual([]);

  // Nothing typed in addresses (of the page or of any request), titles, history entries or the console.
  expect(screens.length).toBeGreaterThan(10);
  for (const s of screens) {
    expect(s.url).not.toContain(MARKER);
    expect(s.url.startsWith(`${origin}/pt/`)).toBe(true);
    expect(s.title).toBe(PRODUCT_NAME);
    expect(s.history).not.toContain(MARKER);
  }
  expect(requested.filter((u) => u.includes(MARKER))).toEqual([]);
  expect(watch.console.filter((line) => line.includes(MARKER))).toEqual([]);

  // The manifest is neutral, and the service worker's caches hold only the app's own files.
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<
    string,
    unknown
  >;
  expect(JSON.stringify(manifest)).not.toContain(MARKER);
  expect([manifest.name, manifest.short_name]).toEqual([PRODUCT_NAME, PRODUCT_NAME]);
  const cached = await cacheContents(page);
  expect(cached.length).toBeGreaterThan(50);
  expect(cached.filter((c) => !c.url.startsWith(`${origin}/`))).toEqual([]);
  expect(cached.filter((c) => c.url.includes(MARKER) || c.text.includes(MARKER)).map((c) => c.url)).toEqual(
    [],
  );

  fs.rmSync(dir, { recursive: true, force: true });
});
