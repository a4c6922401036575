import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { PRODUCT_NAME } from '../lib/product';

import { waitForOfflineReady } from './support/app';
import { stageSite } from './support/static-server';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the web app manifest is linked, valid and installable, with neutral name and icons', async ({
  page,
  request,
}) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest.name).toBe(PRODUCT_NAME);
  expect(manifest.short_name).toBe(PRODUCT_NAME);
  expect(`${manifest.name} ${JSON.stringify(manifest)}`).not.toMatch(
    /scam|fraud|victim|estafa|golpe|víctima|vítima/i,
  );
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const wanted = [
    { sizes: '192x192', purpose: 'any', px: 192 },
    { sizes: '512x512', purpose: 'any', px: 512 },
    { sizes: '512x512', purpose: 'maskable', px: 512 },
  ];
  for (const want of wanted) {
    const icon = manifest.icons.find((i) => i.sizes === want.sizes && i.purpose === want.purpose);
    expect(icon, `${want.purpose} ${want.sizes} icon`).toBeTruthy();
    const res = await request.get(icon?.src ?? '');
    expect(res.ok()).toBe(true);
    expect(pngSize(await res.body())).toEqual({ width: want.px, height: want.px });
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const appleRes = await request.get(apple ?? '');
  expect(pngSize(await appleRes.body())).toEqual({ width: 180, height: 180 });
});

test('the service worker is found, controls the whole app and is served uncached', async ({
  page,
  request,
}) => {
  await page.goto('/es/');
  await waitForOfflineReady(page);
  const info = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { scope: reg.scope, script: reg.active?.scriptURL ?? '' };
  });
  expect(new URL(info.scope).pathname).toBe('/');
  expect(new URL(info.script).pathname).toBe('/sw.js');
  const res = await request.get('/sw.js');
  expect(res.headers()['cache-control']).toBe('no-cache');
  const body = await res.text();
  for (const url of ['en/index.html', 'es/index.html', 'pt/index.html', 'index.html', 'manifest.webmanifest'])
    expect(body).toContain(`"${url}"`);
});

test('a new version waits for the person: a calm prompt, no reload by itself, and updating keeps their place', async ({
  page,
}) => {
  const site = await stageSite();
  try {
    await page.goto(`${site.url}/pt/`);
    await waitForOfflineReady(page);
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'still here';
    });

    // Ship a new version: the worker script changes.
    fs.appendFileSync(path.join(site.dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(prompt).toContainText('Uma nova versão está pronta');
    // The new worker is still waiting: it has not taken control, which a reload by itself would need.
    const newWorker = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
    );
    expect(newWorker).toBe('installed');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    await prompt.getByRole('button', { name: 'Atualizar agora' }).click();
    await page.waitForFunction(() => !(window as unknown as { marker?: string }).marker, undefined, {
      timeout: 20_000,
    });
    await expect(page).toHaveURL(`${site.url}/pt/`);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting,
    );
    expect(waiting).toBeFalsy();
  } finally {
    await site.stop();
  }
});
