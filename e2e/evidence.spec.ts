import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { waitForOfflineReady } from './support/app';
import { driveToReview } from './support/drive';
import { readStoredEvidence } from './support/storage';

/**
 * Watches the page from outside the app: records every SHA-256 that a Web Worker posts back as its answer, and every
 * error the page reports. The app exposes nothing for tests; a hash that only the main thread computed never
 * appears here.
 */
async function watchWorkerHashes(
  page: Page,
): Promise<{ fromWorkers: () => Promise<string[]>; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { hashesFromWorkers: seen });
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<unknown>) => {
          const data = event.data as { type?: unknown; sha256?: unknown } | null;
          if (data?.type === 'done' && typeof data.sha256 === 'string') seen.push(data.sha256);
        });
      }
    };
  });
  return {
    fromWorkers: () =>
      page.evaluate(() => (window as unknown as { hashesFromWorkers: string[] }).hashesFromWorkers),
    errors,
  };
}

test('an attached file shows the same SHA-256 that sha256sum gives, and stays after a reload', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  const file = path.join(dir, 'chat-export.txt');
  // 5 MB and a bit: more than one piece for the hashing worker.
  fs.writeFileSync(file, crypto.randomBytes(5 * 1024 * 1024 + 123));
  const expected = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0] ?? '';
  expect(expected).toMatch(/^[0-9a-f]{64}$/);

  const watch = await watchWorkerHashes(page);
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  await driveToReview(
    page,
    {
      in_danger_now: 'no',
      incident_types: ['shopping_fraud'],
      money_sent: 'no',
      evidence_kept: ['messages'],
    },
    {
      onScreen: async (visit) => {
        if (visit.kind !== 'step' || visit.id !== 'evidence') return;
        await page.getByRole('button', { name: 'Add evidence' }).click();
        await page.locator('input[type="file"]:not([capture])').setInputFiles(file);
        const shown = page.locator('.records__form code').first();
        await expect(shown).toBeVisible({ timeout: 30_000 });
        expect((await shown.textContent())?.replace(/\s/g, '')).toBe(expected);
        // A first visit: the service worker does not control the page, and the hash still comes from a worker.
        expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
        expect(watch.errors).toEqual([]);
        expect(await watch.fromWorkers()).toEqual([expected]);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const listed = page.locator('.records__item code');
        await expect(listed).toHaveCount(1);
        expect((await listed.textContent())?.replace(/\s/g, '')).toBe(expected);
        await journey.expectSaved();
        await page.reload();
        await journey.expectStep('evidence');
        expect((await page.locator('.records__item code').textContent())?.replace(/\s/g, '')).toBe(expected);
        // The file itself is stored, byte for byte (sealed: opened here with its case's key).
        const [stored] = await readStoredEvidence(page);
        expect(stored?.size).toBe(5 * 1024 * 1024 + 123);
        expect(stored?.sha256).toBe(expected);
      },
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openEvidenceForm(page: Page, journey: JourneyPage): Promise<void> {
  await journey.startNew();
  await driveToReview(
    page,
    { in_danger_now: 'no', incident_types: ['shopping_fraud'], money_sent: 'no' },
    {
      onScreen: (visit) => {
        if (visit.kind === 'step' && visit.id === 'evidence') throw new Error('reached evidence');
        return Promise.resolve();
      },
    },
  ).catch((error: unknown) => {
    if (!(error instanceof Error) || error.message !== 'reached evidence') throw error;
  });
  await journey.expectStep('evidence');
  await page.getByRole('button', { name: 'Add evidence' }).click();
}

async function storedEvidenceFiles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('waypoint');
        open.onsuccess = () => {
          const count = open.result.transaction('evidenceFiles').objectStore('evidenceFiles').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

test('once the service worker controls the page, even offline, a file is still hashed in a worker', async ({
  page,
  context,
}) => {
  const watch = await watchWorkerHashes(page);
  await page.goto('/en/');
  await waitForOfflineReady(page);
  // Everything now comes from the precache, the worker's script included.
  await context.setOffline(true);
  const journey = new JourneyPage(page, 'en');
  await openEvidenceForm(page, journey);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const bytes = crypto.randomBytes(2 * 1024 * 1024 + 5);
  const expected = crypto.createHash('sha256').update(bytes).digest('hex');
  await page
    .locator('input[type="file"]:not([capture])')
    .setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: bytes });
  const shown = page.locator('.records__form code').first();
  await expect(shown).toBeVisible({ timeout: 30_000 });
  expect((await shown.textContent())?.replace(/\s/g, '')).toBe(expected);
  expect(watch.errors).toEqual([]);
  expect(await watch.fromWorkers()).toEqual([expected]);
});

test('a large file is hashed with progress and can be cancelled, leaving nothing saved', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  const file = path.join(dir, 'video.mp4');
  fs.writeFileSync(file, Buffer.alloc(400 * 1024 * 1024, 7));
  const journey = new JourneyPage(page, 'en');
  await openEvidenceForm(page, journey);
  await page.locator('input[type="file"]:not([capture])').setInputFiles(file);
  await expect(page.locator('progress').last()).toBeVisible();
  await expect(page.getByText(/Checking the file… \d+%/)).toBeVisible();
  // The screen stays responsive while the worker hashes: a task queued on the page's main thread runs within
  // 200 ms, every time of ten (measured with a message to itself, not a timer).
  const lag = await page.evaluate(async () => {
    let worst = 0;
    for (let i = 0; i < 10; i++) {
      const taken = await new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        const start = performance.now();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
      worst = Math.max(worst, taken);
    }
    return worst;
  });
  expect(lag).toBeLessThan(200);
  await page.getByRole('button', { name: 'Cancel', exact: true }).first().click();
  await expect(page.getByText(/Stopped\. Nothing was saved/)).toBeVisible();
  expect(await storedEvidenceFiles(page)).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file too large for the space left gets a clear message and nothing is stored', async ({ page }) => {
  // The device reports 20 MB free.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: () => Promise.resolve({ quota: 25 * 1024 * 1024, usage: 5 * 1024 * 1024 }),
    });
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  const file = path.join(dir, 'recording.mp4');
  fs.writeFileSync(file, Buffer.alloc(30 * 1024 * 1024, 1));
  const journey = new JourneyPage(page, 'en');
  await openEvidenceForm(page, journey);
  await page.locator('input[type="file"]:not([capture])').setInputFiles(file);
  await expect(page.getByText(/but this device has only .* free\. Nothing was changed/)).toBeVisible();
  expect(await storedEvidenceFiles(page)).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
