// The referral pack in the browser: a journey in Portuguese, an English pack for a bank abroad, the ZIP made on
// the device, unpacked and checked as `sha256sum -c` would; evidence changed after it was attached stops the
// export; and the print view carries no app controls.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';

import { extractPdfText } from '../lib/referral-pack/testing/extract-pdf-text';
import { JourneyPage } from './pages/journey-page';
import { driveToReview, type ScenarioAnswers } from './support/drive';
import { openSection } from './support/sections';
import { SITUATIONS, yesterday } from './support/situations';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const PNG = path.join(FIXTURES, 'evidence-1.png');
const IBAN = 'ES91 2100 0418 4502 0005 1332';

const ROMANCE_SCAM: ScenarioAnswers = {
  ...SITUATIONS['a romance scam with a bank transfer yesterday']?.answers,
  first_contact_date: yesterday,
};

async function addPayment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Adicionar um pagamento' }).click();
  await page.locator('#payments-paid_at').fill(`${yesterday}T18:40`);
  await page.locator('#payments-amount').fill('2500');
  await page.locator('#payments-currency').fill('EUR');
  await page.locator('#payments-method').selectOption('bank_transfer');
  await page.locator('#payments-recipient_name').fill('D. Carter Holdings');
  await page.locator('#payments-recipient_account').fill(IBAN);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByTestId('payment-totals')).toBeVisible();
}

async function addEvidence(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Adicionar uma prova' }).click();
  await page.locator('.records__form input[type="file"]').first().setInputFiles(file);
  await expect(page.locator('.records__form #evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.locator('.records__list li')).toHaveCount(1);
}

/** Drives a Portuguese journey with one payment and one evidence file, then opens the pack. */
async function openPackWithEvidence(page: Page): Promise<void> {
  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, ROMANCE_SCAM, {
    onScreen: async (visit) => {
      if (visit.kind !== 'step') return;
      if (visit.id === 'payment_records') await addPayment(page);
      if (visit.id === 'evidence') await addEvidence(page, PNG);
    },
  });
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();
  await openSection(page, 'pack_preview');
  await expect(page.getByTestId('pack-preview')).toBeVisible();
}

async function chooseEnglishBankPack(page: Page): Promise<void> {
  await page.getByTestId('pack-language').selectOption('en');
  await page.locator('input[type="radio"][value="bank"]').check();
  await expect(page.getByTestId('pack-preview')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('pack-preview')).toContainText('For a bank or payment provider');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('an English bank pack from a Portuguese journey: masked preview, and a ZIP that sha256sum verifies', async ({
  page,
}) => {
  await openPackWithEvidence(page);
  await chooseEnglishBankPack(page);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText('•••• 1332');
  await expect(preview).not.toContainText(IBAN);
  await expect(preview).not.toContainText('ES9121000418');
  await expect(preview).toContainText('evidence-1.png');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('pack-download-zip').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pack-[0-9A-F]{8}\.zip$/);
  const zip = readFileSync(await download.path());
  const files = unzipSync(new Uint8Array(zip));
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.txt',
      'SHA256SUMS',
      'case.json',
      'evidence/001-evidence-1.png',
      'pack.pdf',
      'pack.pdf.sha256',
      'payments.csv',
    ].sort(),
  );

  // Every line of SHA256SUMS matches the file it names.
  const sums = new TextDecoder().decode(files.SHA256SUMS);
  const lines = sums.trim().split('\n');
  expect(lines.length).toBe(4);
  for (const line of lines) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, hash = '', name = ''] = match ?? [];
    const bytes = files[name];
    expect(bytes, name).toBeDefined();
    expect(sha256(bytes ?? new Uint8Array())).toBe(hash);
  }
  expect(Buffer.from(files['evidence/001-evidence-1.png'] ?? []).equals(readFileSync(PNG))).toBe(true);

  // The real tool agrees.
  const dir = mkdtempSync(path.join(tmpdir(), 'pack-e2e-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    let output: string;
    try {
      output = execFileSync('sha256sum', ['-c', 'SHA256SUMS', 'pack.pdf.sha256'], {
        cwd: dir,
        encoding: 'utf8',
      });
    } catch (error) {
      throw new Error(`sha256sum -c failed or is missing on this machine: ${String(error)}`);
    }
    expect(output.match(/: OK$/gm)).toHaveLength(5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The PDF's cover prints the hash of SHA256SUMS; the pack is in English, with the account masked.
  const pdf = await extractPdfText(files['pack.pdf'] ?? new Uint8Array());
  const pdfText = pdf.text.replace(/\s+/g, '');
  expect(pdfText).toContain(sha256(files.SHA256SUMS ?? new Uint8Array()));
  expect(pdf.pages[0]).toContain('For a bank or payment provider');
  expect(pdfText).toContain('••••1332');
  expect(pdfText).not.toContain('ES9121000418');
  // The CSV and the case file follow the same choice.
  expect(new TextDecoder().decode(files['payments.csv'])).not.toContain('ES91 2100');
  expect(new TextDecoder().decode(files['case.json'])).not.toContain('ES91 2100');
});

test('evidence changed after it was attached stops the export, and nothing is downloaded', async ({
  page,
}) => {
  await openPackWithEvidence(page);
  // Change the stored file's bytes behind the app's back: one bit of its sealed first piece.
  const changed = await page.evaluate(async () => {
    type Row = { id: string; chunks: { iv: Uint8Array; data: Blob | ArrayBuffer }[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waypoint');
      request.onerror = () => reject(new Error('could not open the database'));
      request.onsuccess = () => resolve(request.result);
    });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('could not change the file'));
      });
    const reading = db.transaction('evidenceFiles');
    const all = reading.objectStore('evidenceFiles').getAll();
    await done(reading);
    // The pieces are read outside the transaction (a Blob's bytes come back asynchronously), then written back.
    const rows: Row[] = [];
    for (const row of all.result as Row[]) {
      const [first, ...rest] = row.chunks;
      if (!first) continue;
      const bytes = new Uint8Array(first.data instanceof Blob ? await first.data.arrayBuffer() : first.data);
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      rows.push({ ...row, chunks: [{ iv: first.iv, data: new Blob([bytes]) }, ...rest] });
    }
    const writing = db.transaction('evidenceFiles', 'readwrite');
    for (const row of rows) writing.objectStore('evidenceFiles').put(row);
    await done(writing);
    db.close();
    return rows.length;
  });
  expect(changed).toBe(1);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByTestId('pack-download-zip').click();
  const alert = page.getByTestId('pack-mismatch');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('evidence-1.png');
  await expect(alert).toContainText('mudaram desde que foram adicionados');
  // Downloads are reported in the order they start: once the case file asked for now is reported, a ZIP would be.
  const caseFile = page.waitForEvent('download');
  await page.getByTestId('pack-download-json').click();
  await caseFile;
  expect(downloads).toEqual([expect.stringMatching(/^case-.+\.json$/)]);
});

test('the print view shows the pack and no app controls', async ({ page }) => {
  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, ROMANCE_SCAM);
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();
  // On screen the preview is a section that opens on demand; on paper it is printed even while closed.
  await expect(page.locator('details[data-section="pack_preview"]')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('pack-preview')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('pack-preview')).toBeVisible();
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.journey-toolbar')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('pack-download-zip')).toBeHidden();
  await expect(page.getByTestId('pack-language')).toBeHidden();
  const visibleButtons = await page.locator('button:visible, select:visible, input:visible').count();
  expect(visibleButtons).toBe(0);
});
