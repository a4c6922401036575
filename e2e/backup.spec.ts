// Issue 14, point 5 (backup and restore): two cases with evidence files are added to the device (as handover
// bundles made here from two example case files), a backup of every case is saved with its passphrase (7-Zip tests
// it), everything on the device is deleted, and the backup is restored: the same cases, field for field, and the
// same evidence files with the same hashes. A wrong passphrase keeps nothing; restoring again asks once for all the
// cases already here, and replacing asks for a confirmation.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { parseCaseFile } from '../lib/case/case-file';
import type { Case } from '../lib/case/schema';
import { writeHandoverBundle } from '../lib/bundle/write-bundle';
import { findSevenZip } from '../scripts/lib/seven-zip.mjs';

import { JourneyPage } from './pages/journey-page';
import { expectNoAxeViolations } from './support/axe';
import { readStoredCases, readStoredEvidence } from './support/storage';

const EXAMPLES = path.resolve(import.meta.dirname, '..', 'examples');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An example case file with real evidence files attached to its first records (hashes and sizes made to match). */
async function bundleOf(example: string, fileNames: string[]): Promise<Buffer> {
  const parsed = parseCaseFile(readFileSync(path.join(EXAMPLES, example), 'utf8'));
  if (!parsed.ok) throw new Error(`${example}: ${parsed.error.code}`);
  const files = fileNames.map((name) => new Uint8Array(readFileSync(path.join(FIXTURES, name))));
  const base: Case = parsed.case;
  const evidence = fileNames.map((name, i) => ({
    ...(base.evidence[i] ?? base.evidence[0]!),
    id: `${base.id.slice(0, 8)}_${i + 1}`,
    fileName: name,
    mimeType: name.endsWith('.png') ? 'image/png' : 'text/plain',
    sizeBytes: files[i]!.length,
    sha256: sha256(files[i]!),
  }));
  const caseData: Case = { ...base, evidence };
  const zip = await writeHandoverBundle({
    caseData,
    evidence: evidence.map((e, i) => ({
      id: e.id,
      fileName: e.fileName,
      sha256: e.sha256,
      bytes: files[i]!,
    })),
    passphrase: null,
  });
  return Buffer.from(zip);
}

/** Every stored evidence file (opened with its case's key): its id, its case, and the SHA-256 of its bytes. */
async function storedEvidence(page: Page): Promise<{ id: string; caseId: string; sha256: string }[]> {
  return (await readStoredEvidence(page))
    .map(({ id, caseId, sha256 }) => ({ id, caseId, sha256 }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every stored case, by id (the session, where the person was, is not part of a backup). */
async function storedCases(page: Page): Promise<Record<string, unknown>[]> {
  const rows = await readStoredCases(page);
  return rows.map((row) => row.case).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

async function openCases(page: Page): Promise<void> {
  await new JourneyPage(page, 'en').startNew();
  await page.getByTestId('open-cases').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes saved on this device');
}

test('back up every case, delete everything, restore: the same cases field for field, the same hashes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openCases(page);
  const bundles = [
    { name: 'case-1.zip', buffer: await bundleOf('es-hi-mum-bizum.json', ['evidence-1.png']) },
    {
      name: 'case-2.zip',
      buffer: await bundleOf('us-romance-scam-international-wire.json', ['chat.txt', 'evidence-1.png']),
    },
  ];
  for (const [i, bundle] of bundles.entries()) {
    await page.getByTestId('import-file').setInputFiles({ ...bundle, mimeType: 'application/zip' });
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-outcome', 'added');
    await expect(page.getByTestId('case-item')).toHaveCount(i + 2);
  }
  const casesBefore = await storedCases(page);
  const filesBefore = await storedEvidence(page);
  expect(casesBefore).toHaveLength(3); // the new, empty case and the two added
  expect(filesBefore).toHaveLength(3);
  const fixtureHashes = ['evidence-1.png', 'chat.txt'].map((n) =>
    sha256(readFileSync(path.join(FIXTURES, n))),
  );
  expect(new Set(filesBefore.map((f) => f.sha256))).toEqual(new Set(fixtureHashes));

  // The backup: seven words proposed and said to be strong; a plain warning without a passphrase.
  await page.getByTestId('backup-open').click();
  const field = page.getByTestId('backup-passphrase');
  await expect(field).toHaveValue(/^[a-z]+( [a-z]+){6}$/);
  const passphrase = await field.inputValue();
  await expect(page.getByTestId('backup-strength')).toHaveAttribute('data-strong', 'true');
  await page.getByTestId('backup-unprotected').check();
  await expect(page.getByTestId('backup')).toContainText('anyone who gets the file can read every case');
  await page.getByTestId('backup-unprotected').uncheck();
  await expectNoAxeViolations(page, 'backup export');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('backup-save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByTestId('backup-saved')).toContainText('3 cases, 3 evidence files');
  const backup = readFileSync(await download.path());
  // 7-Zip tests the file the browser made, with the passphrase.
  const sevenZip = findSevenZip();
  expect(sevenZip, '7-Zip is needed: run node scripts/ensure-7zip.mjs').not.toBeNull();
  const tested = spawnSync(sevenZip ?? '7zz', ['t', `-p${passphrase}`, await download.path()], {
    encoding: 'utf8',
  });
  expect(tested.stdout).toContain('Everything is Ok');

  // Delete everything on the device.
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/deleted/i, { timeout: 15_000 });
  await openCases(page);
  await expect(page.getByTestId('case-item')).toHaveCount(1);
  expect(await storedEvidence(page)).toEqual([]);
  const fresh = await storedCases(page);

  // A wrong passphrase: the calm message, and nothing changed.
  const pick = () =>
    page
      .getByTestId('restore-file')
      .setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: backup });
  await pick();
  await page.getByTestId('restore-passphrase').fill('not the words');
  await page.getByTestId('restore-passphrase-open').click();
  await expect(page.getByTestId('restore-wrong-passphrase')).toContainText(
    'That passphrase does not open this file',
  );
  expect(await storedCases(page)).toEqual(fresh);

  // The right one: the summary, then the restore.
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.getByTestId('restore-passphrase-open').click();
  await expect(page.getByTestId('restore-summary')).toContainText(
    'This backup holds 3 cases and 3 evidence files',
  );
  await expectNoAxeViolations(page, 'restore summary');
  await page.getByTestId('restore-now').click();
  await expect(page.getByTestId('restore-status')).toHaveAttribute('data-outcome', 'done');
  await expect(page.getByTestId('case-item')).toHaveCount(4);
  const casesAfter = await storedCases(page);
  for (const before of casesBefore) expect(casesAfter.find((c) => c.id === before.id)).toEqual(before);
  expect(await storedEvidence(page)).toEqual(filesBefore);

  // The same backup again: one question for the three cases already here; replacing asks to confirm first.
  await pick();
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.getByTestId('restore-passphrase-open').click();
  await expect(page.getByTestId('restore-existing')).toContainText(
    'These 3 cases are already on this device',
  );
  await page.getByTestId('restore-replace').click();
  await expect(page.getByRole('alertdialog')).toContainText('3 cases here will be replaced');
  await page.getByTestId('restore-confirm-replace').click();
  await expect(page.getByTestId('restore-status')).toHaveAttribute('data-outcome', 'done');
  await expect(page.getByTestId('restore-status')).toContainText('Replaced: 3');
  await expect(page.getByTestId('case-item')).toHaveCount(4);
  expect(await storedEvidence(page)).toEqual(filesBefore);
});
