// Issue 14, point 4 (import of a case file): every example case file under examples/ picked on the cases screen
// and seen in the list; the same case twice (cancel, keep both, replace); a newer version and a hostile file
// refused with a plain message, in the person's language, and nothing changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';

const EXAMPLES = path.resolve(import.meta.dirname, '..', 'examples');
const EXAMPLE_FILES = fs
  .readdirSync(EXAMPLES)
  .filter((n) => n.endsWith('.json'))
  .map((n) => path.join(EXAMPLES, n));

async function openCases(page: Page, lang: 'en' | 'es' | 'pt' = 'en'): Promise<void> {
  const journey = new JourneyPage(page, lang);
  await journey.startNew();
  await page.getByTestId('open-cases').click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);
}

async function pick(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByTestId('import-file').setInputFiles(file);
}

test('every example case file is imported and listed, and stays after a reload', async ({ page }) => {
  expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(10);
  await openCases(page);
  for (const [i, file] of EXAMPLE_FILES.entries()) {
    await pick(page, file);
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'added');
    await expect(page.getByTestId('case-item')).toHaveCount(i + 2);
    const title = (JSON.parse(fs.readFileSync(file, 'utf8')) as { title?: string }).title;
    if (title) await expect(page.getByTestId('case-item').filter({ hasText: title })).toHaveCount(1);
  }
  // The app comes back to the cases screen it was on.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes saved on this device');
  await expect(page.getByTestId('case-item')).toHaveCount(EXAMPLE_FILES.length + 1);
});

test('the same case twice: cancel changes nothing, keep both adds a copy, replace keeps one', async ({
  page,
}) => {
  const file = path.join(EXAMPLES, 'us-romance-scam-international-wire.json');
  const title = 'Linda, Ohio: dating site, wires';
  await openCases(page);
  await pick(page, file);
  await expect(page.getByTestId('case-item').filter({ hasText: title })).toHaveCount(1);

  await pick(page, file);
  await expect(page.getByRole('alertdialog')).toContainText(title);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'cancelled');
  await expect(page.getByTestId('case-item').filter({ hasText: title })).toHaveCount(1);

  await pick(page, file);
  await page.getByTestId('import-keep_both').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'copied');
  await expect(page.getByTestId('case-item').filter({ hasText: title })).toHaveCount(2);

  const edited = { ...(JSON.parse(fs.readFileSync(file, 'utf8')) as object), title: 'Linda (updated)' };
  await pick(page, {
    name: 'linda.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'replaced');
  await expect(page.getByTestId('case-item').filter({ hasText: 'Linda (updated)' })).toHaveCount(1);
  await expect(page.getByTestId('case-item').filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByTestId('case-item')).toHaveCount(3);
});

test('a newer version and hostile files are refused in plain words, and nothing is added', async ({
  page,
}) => {
  await openCases(page, 'es');
  const example = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'es-hi-mum-bizum.json'), 'utf8')) as object;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  const big = path.join(dir, 'big.json');
  fs.writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 0x20));
  const cases: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [
      {
        name: 'newer.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...example, schemaVersion: 99 })),
      },
      /Actualiza la app/,
    ],
    [big, /demasiado grande/],
    [
      {
        name: 'deep.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`{"schemaVersion":3,"account":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      },
      /demasiados niveles/,
    ],
    [{ name: 'photo.json', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }, /JSON/],
    [
      {
        name: 'field.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...example, payments: 'muchos' })),
      },
      /^payments: /,
    ],
  ];
  for (const [file, words] of cases) {
    await pick(page, file);
    const alert = page.getByTestId('import-status').getByRole('alert');
    await expect(alert).toContainText('no se cambió nada');
    await expect(alert.locator('p').nth(1)).toHaveText(words);
    await expect(page.getByTestId('case-item')).toHaveCount(1);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a case file dropped on the cases screen is imported too', async ({ page }) => {
  await openCases(page, 'pt');
  const text = fs.readFileSync(path.join(EXAMPLES, 'br-pix-fake-bank-call.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'caso.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.getByTestId('case-import').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'added');
  await expect(page.getByTestId('import-status')).toContainText('adicionado a esta lista');
  await expect(page.getByTestId('case-item')).toHaveCount(2);
});
