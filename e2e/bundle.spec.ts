// Issue 14, points 3 and 4 (handover bundle): a case with one evidence file saved as a protected bundle from the
// pack screen, the case deleted (with the confirmation), the bundle imported with its passphrase: the case and its
// evidence are back with the same hash. A wrong passphrase shows the same calm message every time and keeps nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { findSevenZip } from '../scripts/lib/seven-zip.mjs';

import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';
import { driveToReview, type ScenarioAnswers } from './support/drive';
import { SITUATIONS, yesterday } from './support/situations';
import { readStoredEvidence } from './support/storage';

const PNG = path.resolve(import.meta.dirname, 'fixtures', 'evidence-1.png');
const PNG_SHA256 = createHash('sha256').update(readFileSync(PNG)).digest('hex');

/** The built chunks holding the ZIP library and the wordlists, found by what is inside them. */
const CHUNKS = path.resolve(import.meta.dirname, '..', 'out', '_next', 'static', 'chunks');
function chunksContaining(marker: string): string[] {
  return readdirSync(CHUNKS).filter(
    (name) => name.endsWith('.js') && readFileSync(path.join(CHUNKS, name), 'utf8').includes(marker),
  );
}

const ROMANCE_SCAM: ScenarioAnswers = {
  ...SITUATIONS['a romance scam with a bank transfer yesterday']?.answers,
  first_contact_date: yesterday,
};

async function addEvidence(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Adicionar uma prova' }).click();
  await page.locator('.records__form input[type="file"]').first().setInputFiles(PNG);
  await expect(page.locator('.records__form #evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.locator('.records__list li')).toHaveCount(1);
}

/** Every stored evidence file: its case, and the SHA-256 of the bytes actually stored (opened with its key). */
async function storedEvidence(page: Page): Promise<{ caseId: string; sha256: string }[]> {
  return (await readStoredEvidence(page)).map(({ caseId, sha256 }) => ({ caseId, sha256 }));
}

test('a protected bundle: export, delete the case, a wrong passphrase keeps nothing, the right one brings it all back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const zipChunks = chunksContaining('Unsafe filename'); // a message of zip.js
  const wordChunks = chunksContaining('abandon\nability'); // the English BIP39 list
  expect(zipChunks.length).toBeGreaterThan(0);
  expect(wordChunks.length).toBeGreaterThan(0);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(path.basename(new URL(request.url()).pathname)));
  const loaded = (names: string[]) => names.filter((name) => requested.includes(name));
  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, ROMANCE_SCAM, {
    onScreen: async (visit) => {
      if (visit.kind === 'step' && visit.id === 'evidence') await addEvidence(page);
    },
  });
  await page.getByTestId('see-results').click();
  await page.getByTestId('open-pack').click();

  const before = await storedEvidence(page);
  expect(before.map((f) => f.sha256)).toEqual([PNG_SHA256]);
  const caseId = before[0]?.caseId;

  // Neither the ZIP library nor the wordlists loaded on the start page, the journey or the pack screen.
  expect(loaded([...zipChunks, ...wordChunks])).toEqual([]);

  // Export: seven Portuguese words proposed, said to be strong; the advice about another channel is there.
  await page.getByTestId('bundle-open').click();
  const field = page.getByTestId('bundle-passphrase');
  await expect(field).toHaveValue(/^[a-z]+( [a-z]+){6}$/);
  const passphrase = await field.inputValue();
  await expect(page.getByTestId('bundle-strength')).toHaveAttribute('data-strong', 'true');
  await expect(page.getByTestId('bundle-export')).toContainText('por um meio diferente do arquivo');
  await expectNoAxeViolations(page, 'bundle export');
  // A weak passphrase is warned about, in plain words.
  await field.fill('gato123');
  await expect(page.getByTestId('bundle-strength')).toHaveAttribute('data-strong', 'false');
  await expect(page.getByTestId('bundle-strength')).toContainText('fácil de adivinhar');
  // Without a passphrase: a plain warning.
  await page.getByTestId('bundle-unprotected').check();
  await expect(page.getByTestId('bundle-export')).toContainText('qualquer pessoa que conseguir o arquivo');
  await page.getByTestId('bundle-unprotected').uncheck();
  await field.fill(passphrase);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('bundle-save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^case-[0-9A-F]{8}\.zip$/);
  const bundle = readFileSync(await download.path());
  expect(bundle.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('bundle-saved')).toBeVisible({ timeout: 15_000 });
  // 7-Zip opens and tests the file the browser made, with the passphrase (scripts/ensure-7zip.mjs installs it).
  const sevenZip = findSevenZip();
  expect(sevenZip, '7-Zip is needed: run node scripts/ensure-7zip.mjs').not.toBeNull();
  const tested = spawnSync(sevenZip ?? '7zz', ['t', `-p${passphrase}`, await download.path()], {
    encoding: 'utf8',
  });
  expect(tested.stdout).toContain('Everything is Ok');
  expect(loaded(wordChunks).length).toBeGreaterThan(0);
  expect(loaded(zipChunks).length).toBeGreaterThan(0);

  // Delete the case, with the confirmation.
  await page.getByTestId('open-cases').click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('case-item').first().getByRole('button', { name: 'Apagar' }).click();
  await expect.poll(() => storedEvidence(page)).toEqual([]);
  // Deleting the case being worked on starts a new, empty one and leaves the list: wait for that, then go back.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Anotações salvas neste dispositivo', {
    timeout: 15_000,
  });
  await page.getByTestId('open-cases').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anotações salvas neste dispositivo');
  const items = 1; // the new, empty case
  await expect(page.getByTestId('case-item')).toHaveCount(items);

  // A wrong passphrase, twice: the same calm message, and nothing kept.
  const pick = () =>
    page
      .getByTestId('import-file')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bundle });
  await pick();
  await expect(page.getByTestId('import-passphrase-form')).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, 'bundle passphrase');
  const messages: string[] = [];
  for (const wrong of ['errado', passphrase.toUpperCase()]) {
    await page.getByTestId('import-passphrase').fill(wrong);
    await page.getByTestId('import-passphrase-open').click();
    const alert = page.getByTestId('import-wrong-passphrase');
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? '');
    expect(await storedEvidence(page)).toEqual([]);
    await expect(page.getByTestId('case-item')).toHaveCount(items);
  }
  expect(messages[0]).toContain('Essa frase-senha não abre este arquivo');
  expect(messages[1]).toBe(messages[0]);

  // The right passphrase: the case and its evidence are back, with the same hash.
  await page.getByTestId('import-passphrase').fill(passphrase);
  await page.getByTestId('import-passphrase-open').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'added');
  await expect(page.getByTestId('case-item')).toHaveCount(items + 1);
  expect(await storedEvidence(page)).toEqual([{ caseId, sha256: PNG_SHA256 }]);

  // The same bundle again: the case is recognised, and cancelling changes nothing.
  await pick();
  await page.getByTestId('import-passphrase').fill(passphrase);
  await page.getByTestId('import-passphrase-open').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'cancelled');
  await expect(page.getByTestId('case-item')).toHaveCount(items + 1);
  expect(await storedEvidence(page)).toEqual([{ caseId, sha256: PNG_SHA256 }]);
});
