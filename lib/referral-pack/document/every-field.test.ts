// Every field of every record list (generated from RECORD_FIELDS) reaches the pack's PDF, CSV and JSON, in
// every language and for every reader; characters the PDF fonts cannot draw stay exact in the JSON and CSV and
// the PDF says so where it happens.
import { beforeAll, describe, expect, it } from 'vitest';

import { PRODUCT_VERSION } from '../../product';
import type { Case } from '../../case/schema';
import { LOCALES, type Locale } from '../../i18n/config';
import { RECORD_LIST_FIELDS } from '../../questionnaire/records';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import { buildPackDataFiles, buildPackDocument, PACK_PRESETS, type PackPreset } from './build-pack';
import type { PackFonts } from '../pdf/fonts';
import {
  formatAmount,
  formatBytes,
  formatCaseDate,
  formatCountry,
  maskAccount,
  type PackTranslate,
} from './pack-format';
import { renderPackPdf } from '../pdf/render-pdf';
import { buildEveryFieldCase, readPath, type FieldMarker } from '../testing/every-field-case';
import { extractPdfText } from '../testing/extract-pdf-text';
import { packTranslators } from '../testing/pack-translator';
import { parseCsv } from '../testing/parse-csv';
import { readPackFonts } from '../testing/read-pack-fonts';
import { SAMPLE_NOW } from '../testing/sample-case';

const bare = (text: string) => text.replace(/\s+/gu, '');

let fonts: PackFonts;
beforeAll(async () => {
  fonts = await readPackFonts();
});

type Pack = { pdf: string; pages: string[]; csv: string[]; json: Record<string, unknown> };

async function makePack(
  caseData: Case,
  preset: PackPreset,
  lang: Locale,
  includeSensitive: boolean,
): Promise<Pack> {
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  const doc = buildPackDocument({
    caseData,
    assessment,
    selection: selectReferrals(assessment, caseData),
    preset,
    lang,
    t: packTranslators,
    generatedAt: '2026-03-05T10:15:00.000Z',
    appVersion: PRODUCT_VERSION,
    includeSensitive,
    timeZone: 'UTC',
  });
  const extracted = await extractPdfText(await renderPackPdf(doc, fonts));
  const files = buildPackDataFiles({ caseData, assessment, includeSensitive, t: packTranslators(lang) });
  return {
    pdf: extracted.text,
    pages: extracted.pages,
    csv: parseCsv(files.recordsCsv.replace(/^\uFEFF/, '')).flat(),
    json: JSON.parse(files.caseJson) as Record<string, unknown>,
  };
}

/** How a marker reads in the PDF: dates, amounts, sizes and countries in the pack's language, options in words. */
function inPdf(marker: FieldMarker, caseData: Case, lang: Locale, t: PackTranslate): string {
  const { field, value } = marker;
  if (field.options !== undefined) return t(`questionnaire:records.options.${field.options}.${value}`);
  if (field.input === 'date_time') return formatCaseDate(String(value), lang, 'UTC');
  if (field.input === 'country') return formatCountry(String(value), lang, t);
  if (field.key === 'size_bytes') return formatBytes(Number(value), lang);
  if (field.input === 'number' || field.input === 'currency') {
    const [payment] = caseData.payments;
    return formatAmount(payment?.amount ?? 0, payment?.currency ?? '', lang);
  }
  return String(value);
}

/** How a marker reads in the CSV: options in words, everything else as stored. */
function inCsv(marker: FieldMarker, t: PackTranslate): string {
  const { field, value } = marker;
  if (field.options !== undefined) return t(`questionnaire:records.options.${field.options}.${value}`);
  return String(value);
}

function inJson(json: Record<string, unknown>, marker: FieldMarker): unknown {
  const records = json[RECORD_LIST_FIELDS[marker.list]];
  return readPath(Array.isArray(records) ? records[0] : undefined, marker.field.path);
}

const where = (marker: FieldMarker) => `${marker.list}.${marker.field.key}`;

describe.each(LOCALES)('a case with every record field filled, in %s', (lang) => {
  const t = packTranslators(lang);
  const { caseData, markers } = buildEveryFieldCase();

  it('fills every field of every record list', () => {
    expect(markers.length).toBeGreaterThanOrEqual(36);
    for (const marker of markers) expect(inJson(caseData as never, marker), where(marker)).toBe(marker.value);
  });

  it.each(PACK_PRESETS)('%s: finds every value in the PDF, the CSV and the JSON', async (preset) => {
    const pack = await makePack(caseData, preset, lang, true);
    const pdf = bare(pack.pdf);
    for (const marker of markers) {
      expect(pdf, `${where(marker)} in the PDF`).toContain(bare(inPdf(marker, caseData, lang, t)));
      expect(pack.csv, `${where(marker)} in the CSV`).toContain(inCsv(marker, t));
      expect(inJson(pack.json, marker), `${where(marker)} in the JSON`).toBe(marker.value);
    }
  });
});

describe('a case with every record field filled, account numbers masked', () => {
  it('shows only the last 4 characters of the account everywhere, and every other value in full', async () => {
    const t = packTranslators('en');
    const { caseData, markers } = buildEveryFieldCase();
    const pack = await makePack(caseData, 'bank', 'en', false);
    const pdf = bare(pack.pdf);
    for (const marker of markers) {
      if (marker.field.key === 'recipient_account') {
        const masked = maskAccount(String(marker.value));
        expect(pdf).toContain(bare(masked));
        expect(pack.csv).toContain(masked);
        expect(inJson(pack.json, marker)).toBe(masked);
        expect(pdf).not.toContain(bare(String(marker.value)));
        expect(JSON.stringify(pack)).not.toContain(String(marker.value));
        continue;
      }
      expect(pdf, where(marker)).toContain(bare(inPdf(marker, caseData, 'en', t)));
      expect(pack.csv, where(marker)).toContain(inCsv(marker, t));
      expect(inJson(pack.json, marker), where(marker)).toBe(marker.value);
    }
  });
});

const CJK_NOTE = 'Nota 付款备注 日本語のメモ 한국어 메모 🦊 fin-de-nota';
const CJK_NAME = '王小明 贸易有限公司';

describe.each(LOCALES)('characters the PDF fonts cannot draw, in %s', (lang) => {
  const t = packTranslators(lang);
  const notice = bare(t('pack:lost_characters'));
  const { caseData } = buildEveryFieldCase((marker) => {
    if (marker.list === 'payments' && marker.field.key === 'notes') return { ...marker, value: CJK_NOTE };
    if (marker.list === 'payments' && marker.field.key === 'recipient_name')
      return { ...marker, value: CJK_NAME };
    return marker;
  });

  it('keeps them exactly in the JSON and the CSV, and says so in the PDF right where they are', async () => {
    const pack = await makePack(caseData, 'police', lang, true);
    expect(pack.json.payments).toMatchObject([{ notes: CJK_NOTE, recipient: { name: CJK_NAME } }]);
    expect(pack.csv).toContain(CJK_NOTE);
    expect(pack.csv).toContain(CJK_NAME);

    const pdf = bare(pack.pdf);
    // The note's drawable part is printed, its other characters as placeholders, and the notice follows it.
    const noteEnd = pdf.indexOf('fin-de-nota');
    expect(noteEnd).toBeGreaterThan(0);
    expect(pdf).toContain(bare(CJK_NOTE.replace(/[^\x20-\x7E]/gu, '□')));
    expect(pdf.slice(noteEnd, noteEnd + 40 + notice.length)).toContain(notice);
    // In a table, the notice closes the row that lost characters, before the totals.
    const paymentsHeading = pdf.indexOf(
      bare(t('pack:sections.payments')),
      pdf.indexOf(bare(t('pack:sections.timeline'))),
    );
    const totals = pdf.indexOf(bare(t('pack:payments.total', { currency: 'EUR' })), paymentsHeading);
    expect(pdf.slice(paymentsHeading, totals)).toContain(notice);
  });

  it('prints no notice when every character can be drawn', async () => {
    const pack = await makePack(buildEveryFieldCase().caseData, 'police', lang, true);
    expect(bare(pack.pdf)).not.toContain(notice);
  });
});
