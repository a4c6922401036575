// Issue 15, "Always encrypted at rest": markers typed into the answers and a record, and written inside an evidence
// file (and its name), are stored sealed. A dump of everything the app keeps in the browser (every IndexedDB object
// store, Cache Storage, localStorage, sessionStorage) holds none of them, while the same rows opened with their
// case's key do (so the markers really were saved, and the dump would show them if they were stored as typed).
// Then "Delete everything" and closing the browser: the profile folder on disk holds none of them either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { driveToReview, type ScenarioAnswers } from './support/drive';
import { SITUATIONS, yesterday } from './support/situations';
import { dumpBrowserStorage, readStoredCases, readStoredEvidence } from './support/storage';

const MARKER = 'zqvrestmarker';
const PLATFORM = `${MARKER}platform`;
const RECIPIENT = `${MARKER}recipient`;
const INSIDE_FILE = `${MARKER}insidefile`;
const FILE_NAME = `${MARKER}-photo.png`;
const CONTROL = 'zqvcontrolmarker';

const ANSWERS: ScenarioAnswers = {
  ...SITUATIONS['a romance scam with a bank transfer yesterday']?.answers,
  first_contact_date: yesterday,
  contact_platform: PLATFORM,
};

/** An evidence file with a marker inside its bytes (a PNG with text after its end, as some tools leave). */
function evidenceFile(dir: string): string {
  const file = path.join(dir, FILE_NAME);
  const png = fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures', 'evidence-1.png'));
  fs.writeFileSync(file, Buffer.concat([png, Buffer.from(INSIDE_FILE, 'latin1')]));
  return file;
}

/** A case with every marker in it, saved: answers, a payment record, an evidence file. */
async function fillCaseWithMarkers(page: Page, file: string): Promise<void> {
  const journey = new JourneyPage(page, 'pt');
  await journey.startNew();
  await driveToReview(page, ANSWERS, {
    onScreen: async (visit) => {
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
        await page.getByRole('button', { name: 'Adicionar uma prova' }).click();
        await page.locator('.records__form input[type="file"]').first().setInputFiles(file);
        await expect(page.locator('.records__form #evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);
        await page.getByRole('button', { name: 'Salvar' }).click();
        await expect(page.locator('.records__list li')).toHaveCount(1);
      }
    },
  });
  await journey.expectSaved();
}

test('what is typed, and what is inside an evidence file, is stored sealed: no store in the browser holds it', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'at-rest-'));
  await fillCaseWithMarkers(page, evidenceFile(dir));

  // Opened with their key, the stored rows hold every marker: they were saved.
  const cases = await readStoredCases(page);
  const opened = JSON.stringify(cases);
  for (const marker of [PLATFORM, RECIPIENT, FILE_NAME]) expect(opened).toContain(marker);
  const files = await readStoredEvidence(page);
  expect(files).toHaveLength(1);
  expect(files[0]?.text).toContain(INSIDE_FILE);

  // As stored, nothing holds any of them.
  const dump = await dumpBrowserStorage(page);
  const places = dump.map((d) => d.place);
  expect(places).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^indexeddb waypoint\/cases \(1 rows\)$/),
      expect.stringMatching(/^indexeddb waypoint\/evidenceFiles \(1 rows\)$/),
      expect.stringMatching(/^indexeddb waypoint\/keys \(1 rows\)$/),
      expect.stringMatching(/^indexeddb waypoint\/vault \(1 rows\)$/),
    ]),
  );
  // The dump does read what is stored as it is: the case's id (a random id, the row's key) is in it.
  const caseId = String(cases[0]?.case.id);
  expect(dump.some((d) => d.place.startsWith('indexeddb waypoint/cases') && d.text.includes(caseId))).toBe(
    true,
  );
  expect(dump.filter((d) => d.text.includes(MARKER)).map((d) => d.place)).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder whose bytes hold the text, as Latin-1 or UTF-16. */
function filesHolding(root: string, text: string): string[] {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = fs.readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) found.push(path.relative(root, full));
      }
    }
  };
  walk(root);
  return found;
}

test('after "Delete everything" and closing the browser, the profile folder on disk holds nothing typed', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'at-rest-file-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'at-rest-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await fillCaseWithMarkers(page, evidenceFile(dir));
    expect(JSON.stringify(await readStoredCases(page))).toContain(RECIPIENT);

    await page.getByTestId('open-cases').click();
    await expect(page.getByTestId('case-item')).toHaveCount(1);
    await page.getByTestId('delete-all').click();
    await page.getByTestId('delete-all-confirm').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/apagado/i, { timeout: 10_000 });
    // A control: the same text stored as it is, in a database of its own, is found by the search below.
    await page.evaluate(
      (control) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('control');
          open.onupgradeneeded = () => open.result.createObjectStore('notes');
          open.onerror = () => reject(new Error('could not open the control database'));
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put(control, 'control');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      CONTROL,
    );
  } finally {
    await context.close();
  }
  expect(filesHolding(profile, CONTROL).length).toBeGreaterThan(0);
  const found = [PLATFORM, RECIPIENT, INSIDE_FILE, MARKER].flatMap((m) =>
    filesHolding(profile, m).map((f) => `${m} in ${f}`),
  );
  expect(found).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
});
