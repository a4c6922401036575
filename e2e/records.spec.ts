// Every record list, every field, in every language, generated from the record editors' definition
// (lib/questionnaire/records.ts): typed into the app, found field by field in storage, again after a reload, and
// in the pack's PDF text, CSV and JSON.
import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { createEmptyCase } from '../lib/case/case-file';
import { getAllQuestions } from '../lib/questionnaire/definition';
import { getDraftValue } from '../lib/questionnaire/record-drafts';
import { RECORD_LIST_FIELDS, type RecordListId } from '../lib/questionnaire/records';
import { answersReaching } from '../lib/questionnaire/testing/reach';
import { recordVariants, sampleRecord, type SampleValue } from '../lib/questionnaire/testing/record-samples';
import { extractPdfText } from '../lib/referral-pack/testing/extract-pdf-text';
import { JourneyPage } from './pages/journey-page';
import { answerStep, driveToReview, type ScenarioAnswers } from './support/drive';
import { openSection } from './support/sections';
import { readStoredCases } from './support/storage';

const RECORD_QUESTIONS = getAllQuestions().flatMap((q) => (q.kind === 'records' ? [q] : []));

const START: ScenarioAnswers = {
  in_danger_now: 'no',
  self_harm_thoughts: 'no',
  intimate_image_threat: 'no',
  child_at_risk: 'no',
  incident_types: ['romance_scam'],
  respondent: 'person_harmed',
  country: 'ES',
  age_group: 'age_18_to_59',
};

const REACH = answersReaching(
  createEmptyCase({ id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', now: new Date() }),
  START,
  RECORD_QUESTIONS.map((q) => q.id),
  new Date(),
);

type Filled = { list: RecordListId; samples: SampleValue[] };

/** Fills one record of a list through its form, field by field, as a person would. */
async function addRecord(page: Page, list: RecordListId, samples: SampleValue[]): Promise<void> {
  await page.getByTestId(`record-add-${list}`).click();
  // Choices first: they decide which other fields are shown.
  const ordered = [...samples].sort(
    (a, b) => Number(b.field.input === 'choice') - Number(a.field.input === 'choice'),
  );
  for (const { field, typed } of ordered) {
    const control = page.locator(`#${list}-${field.key}`);
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') await control.selectOption(typed);
    else await control.fill(typed);
  }
  if (list === 'evidence')
    await page
      .locator('.records__form input[type="file"]')
      .first()
      .setInputFiles({
        name: `${samples[0]?.typed ?? 'file'}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from('evidence'),
      });
  if (list === 'evidence')
    await expect(page.locator('.records__form #evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('record-save')).toHaveCount(0);
}

function expectStored(stored: Record<string, unknown>, filled: Filled[]): void {
  for (const { list, samples } of filled) {
    const records = stored[RECORD_LIST_FIELDS[list]] as Record<string, unknown>[];
    const record = records.find((r) => samples.every((s) => getDraftValue(r, s.field.path) === s.stored));
    expect(
      record,
      `${list}: ${JSON.stringify(samples.map((s) => s.stored))} in ${JSON.stringify(records)}`,
    ).toBeDefined();
  }
}

/** Waits until storage holds these records (a choice or a saved record is written at once, but not synchronously). */
async function expectStoredSoon(page: Page, filled: Filled[]): Promise<void> {
  await expect
    .poll(async () => {
      const [stored] = await readStoredCases(page);
      try {
        expectStored(stored?.case ?? {}, filled);
        return true;
      } catch {
        return false;
      }
    })
    .toBe(true);
}

/** Downloads one export of the pack and returns its bytes. */
async function download(page: Page, testId: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  return readFileSync(await (await downloading).path());
}

for (const lang of ['en', 'es', 'pt'] as const) {
  test(`every record list and field is kept, in storage, after a reload and in the pack (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    expect(REACH.unreached, 'record questions the journey cannot reach').toEqual([]);
    const filled: Filled[] = [];
    await new JourneyPage(page, lang).startNew();
    await driveToReview(page, REACH.answers, {
      onScreen: async (visit) => {
        if (visit.kind !== 'step') return;
        // Answer the step first: a record question may be shown by an answer on the same step.
        await answerStep(page, REACH.answers);
        for (const question of RECORD_QUESTIONS) {
          if ((await page.getByTestId(`record-add-${question.records}`).count()) === 0) continue;
          for (const [i, choices] of recordVariants(question.records).entries()) {
            const samples = sampleRecord(question.records, choices, `${lang}${i}`, lang);
            await addRecord(page, question.records, samples);
            filled.push({ list: question.records, samples });
          }
        }
      },
    });
    expect(new Set(filled.map((f) => f.list))).toEqual(new Set(RECORD_QUESTIONS.map((q) => q.records)));

    const [before] = await readStoredCases(page);
    expectStored(before?.case ?? {}, filled);
    await page.reload();
    await expect(page.getByTestId('see-results')).toBeVisible();
    const [after] = await readStoredCases(page);
    expectStored(after?.case ?? {}, filled);

    await page.getByTestId('see-results').click();
    await page.getByTestId('open-pack').click();
    await openSection(page, 'pack_preview');
    await expect(page.getByTestId('pack-preview')).toBeVisible();
    await openSection(page, 'pack_more_options');
    await page.getByTestId('pack-include-sensitive').check();
    const json = (await download(page, 'pack-download-json')).toString('utf8');
    const csv = (await download(page, 'pack-download-csv')).toString('utf8');
    const pdf = await extractPdfText(new Uint8Array(await download(page, 'pack-download-pdf')));
    // Long values wrap inside table cells, even mid-word: compare without white space.
    const pdfFlat = pdf.text.replace(/\s+/g, '');
    for (const { list, samples } of filled) {
      for (const { field, stored } of samples) {
        if (field.input !== 'text' && field.input !== 'long_text') continue;
        expect(json, `${list}.${field.key} in the JSON`).toContain(stored);
        expect(csv, `${list}.${field.key} in the CSV`).toContain(stored);
        expect(pdfFlat, `${list}.${field.key} in the PDF`).toContain(String(stored).replace(/\s+/g, ''));
      }
    }
  });
}

test('an amount that could mean two things is asked about, never guessed, and cannot be saved unanswered (pt)', async ({
  page,
}) => {
  await new JourneyPage(page, 'pt').startNew();
  await driveToReview(page, REACH.answers, {
    onScreen: async (visit) => {
      if (visit.kind !== 'step' || visit.id !== 'payment_records') return;
      await page.getByTestId('record-add-payments').click();
      await page.locator('#payments-currency').fill('BRL');
      await page.locator('#payments-amount').fill('3,000');
      await expect(page.locator('.records__form')).toContainText('R$ 3.000,00');
      await expect(page.locator('.records__form')).toContainText('R$ 3,00');
      await page.getByTestId('record-save').click();
      // Not saved, and the person is taken to the question.
      await expect(page.locator('#payments-amount')).toBeFocused();
      await expect(page.getByTestId('record-save')).toBeVisible();
      await page.locator('#payments-amount').fill('3.000');
      await expect(page.locator('.records__form')).toContainText('R$ 3.000,00');
      await page.getByTestId('record-save').click();
      await expect(page.getByTestId('payment-totals')).toContainText('R$ 3.000,00');
    },
  });
  const [stored] = await readStoredCases(page);
  expect((stored?.case.payments as { amount: number }[])[0]?.amount).toBe(3000);
});

for (const lang of ['en', 'es', 'pt'] as const) {
  test(`every record list can be edited and removed, and an open form survives a reload (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    page.on('dialog', (dialog) => void dialog.accept());
    const kept: Filled[] = [];
    await new JourneyPage(page, lang).startNew();
    await driveToReview(page, REACH.answers, {
      onScreen: async (visit) => {
        if (visit.kind !== 'step') return;
        await answerStep(page, REACH.answers);
        for (const question of RECORD_QUESTIONS) {
          const list = question.records;
          if ((await page.getByTestId(`record-add-${list}`).count()) === 0) continue;
          const [choices = {}] = recordVariants(list);
          const first = sampleRecord(list, choices, `${lang}a`, lang);
          const second = sampleRecord(list, choices, `${lang}b`, lang);
          // A half-filled form is kept with the case: reload in the middle of it.
          await page.getByTestId(`record-add-${list}`).click();
          const text = first.find((s) => s.field.input === 'text' || s.field.input === 'long_text');
          if (text) {
            await page.locator(`#${list}-${text.field.key}`).fill(String(text.typed));
            await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
            await page.reload();
            await expect(page.locator(`#${list}-${text.field.key}`)).toHaveValue(String(text.typed));
          }
          await page.getByTestId('record-cancel').click();
          await addRecord(page, list, first);
          // Edit the first record: every text field gets a new value.
          await page.getByTestId(`record-edit-${list}`).first().click();
          const edited = first.map((s) =>
            s.field.input === 'text' || s.field.input === 'long_text'
              ? { ...s, typed: `${String(s.typed)} edited`, stored: `${String(s.stored)} edited` }
              : s,
          );
          for (const s of edited.filter((e) => e.typed !== first.find((f) => f.field === e.field)?.typed))
            await page.locator(`#${list}-${s.field.key}`).fill(String(s.typed));
          await page.getByTestId('record-save').click();
          await expectStoredSoon(page, [{ list, samples: edited }]);
          await addRecord(page, list, second);
          // Remove the first: only the second is left.
          await page.getByTestId(`record-remove-${list}`).first().click();
          await expect(page.getByTestId(`record-remove-${list}`)).toHaveCount(1);
          kept.push({ list, samples: second });
          await expect
            .poll(async () => {
              const [stored] = await readStoredCases(page);
              return (stored?.case[RECORD_LIST_FIELDS[list]] as unknown[] | undefined)?.length;
            }, list)
            .toBe(1);
        }
      },
    });
    await page.reload();
    await expect(page.getByTestId('see-results')).toBeVisible();
    const [stored] = await readStoredCases(page);
    expectStored(stored?.case ?? {}, kept);
    expect(new Set(kept.map((k) => k.list))).toEqual(new Set(RECORD_QUESTIONS.map((q) => q.records)));
  });
}
