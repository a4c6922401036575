import { beforeAll, describe, expect, it } from 'vitest';

import { PRODUCT_SIGNATURE } from '../../product';
import type { PackDocument } from '../document/document';
import { PackFontError, checkFontBytes, type PackFonts } from './fonts';
import { renderPackPdf } from './render-pdf';
import { sha256Hex } from '../exports/sha256';
import { extractPdfText, type ExtractedPdf } from '../testing/extract-pdf-text';
import { readPackFonts } from '../testing/read-pack-fonts';
import { buildSampleDocument } from '../testing/sample-document';

const LONG_FIELD = '0123456789ABCDEFGHIJ'.repeat(500);
const LONG_WORDS = Array.from({ length: 1000 }, (_, index) => `w${index}x`).join(' ');
const HOSTILE = [
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","Click")',
  ')\\( unbalanced (( and \\',
  'BT /F1 12 Tf (owned) Tj ET',
  'endstream endobj %%EOF trailer << /Root 1 0 R >>',
  '<b>not bold</b> &amp; &lt;',
];
const HEBREW = 'שלום עולם';
const ARABIC = 'مرحبا بالعالم';

function baseDocument(overrides: Partial<PackDocument> = {}): PackDocument {
  return {
    lang: 'pt',
    title: 'Pacote de encaminhamento',
    generatedAt: '2026-03-01T10:15:00.000Z',
    producer: PRODUCT_SIGNATURE,
    cover: [{ label: 'Referência do caso', value: 'HB-2026-0042', isMonospace: true }],
    footer: 'HB-2026-0042',
    pageLabel: 'Página {page} de {pages}',
    sections: [],
    ...overrides,
  };
}

// Text without any whitespace, so wrapped text can be compared with what was given.
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

// Page text without the running footer and repeated table headers, so text that flows across pages can be
// compared whole.
function body(pdf: ExtractedPdf): string {
  return pdf.pages
    .map((page) =>
      page.replace(/HB-2026-0042 Página \d+ de \d+\s*$/u, '').replace(/^Data\s*Montante\s*Nota$/gmu, ''),
    )
    .join('\n');
}

describe('renderPackPdf', () => {
  let fonts: PackFonts;
  let multilingual: ExtractedPdf;
  let hostile: ExtractedPdf;
  let hostileBytes: Uint8Array;

  beforeAll(async () => {
    fonts = await readPackFonts();
    const multilingualDoc = baseDocument({
      sections: [
        {
          id: 'summary',
          heading: 'Resumo do que aconteceu',
          blocks: [
            {
              kind: 'paragraph',
              text: 'João perdeu o acesso à conta; ação urgente. El niño, mañana. Αθήνα. Москва.',
            },
            { kind: 'paragraph', style: 'quote', text: LONG_FIELD },
            { kind: 'paragraph', text: LONG_WORDS },
            { kind: 'fields', items: [{ label: 'Campo longo', value: LONG_FIELD }] },
            { kind: 'list', items: ['Artigo 13 (fraude informática)', 'Artigo 34 (direitos da vítima)'] },
            { kind: 'paragraph', text: 'Emoji: 🦊 and 中文 and 😀 end.' },
          ],
        },
        {
          id: 'payments',
          heading: 'Pagamentos',
          blocks: [
            {
              kind: 'table',
              columns: [{ header: 'Data' }, { header: 'Montante', align: 'end' }, { header: 'Nota' }],
              rows: [
                ['2026-02-01', '1.250,00 EUR', 'Transferência para João'],
                ['2026-02-02', '99,99 EUR', LONG_FIELD],
                ...Array.from({ length: 120 }, (_, index) => [
                  `2026-02-${index}`,
                  `${index},00 EUR`,
                  `linha ${index}`,
                ]),
              ],
              totals: [['Total', '1.349,99 EUR', '']],
            },
          ],
        },
      ],
    });
    multilingual = await extractPdfText(await renderPackPdf(multilingualDoc, fonts));
    const hostileDoc = baseDocument({
      title: HOSTILE[0] ?? '',
      cover: HOSTILE.map((value, index) => ({ label: `h${index}`, value })),
      sections: [
        {
          id: 'hostile',
          heading: '<h1>Heading</h1> )',
          blocks: [
            ...HOSTILE.map((text) => ({ kind: 'paragraph' as const, text })),
            { kind: 'paragraph', text: HEBREW },
            { kind: 'paragraph', text: ARABIC },
            { kind: 'paragraph', text: `The message said ${HEBREW} and asked for money again` },
            { kind: 'paragraph', text: `Mostly RTL: ${HEBREW} / ${ARABIC} end` },
            { kind: 'paragraph', text: 'zero\u200Bwidth\u200Djoin\u2066isolate\u2069end' },
            { kind: 'paragraph', text: 'nul\u0000bell\u0007esc\u001bdel\u007fend' },
            { kind: 'paragraph', text: 'family 👩‍👩‍👧 flag 🇵🇹 fox 🦊 end' },
            {
              kind: 'table',
              columns: [{ header: '=cmd|' }, { header: '<td>' }],
              rows: [HOSTILE.slice(0, 2)],
            },
          ],
        },
      ],
    });
    hostileBytes = await renderPackPdf(hostileDoc, fonts);
    hostile = await extractPdfText(hostileBytes);
  });

  it('prints headings and Latin accents, Greek and Cyrillic as themselves', () => {
    for (const text of [
      'Resumo do que aconteceu',
      'Pagamentos',
      'João',
      'ação',
      'niño',
      'mañana',
      'Αθήνα',
      'Москва',
    ]) {
      expect(multilingual.text).toContain(text);
    }
  });

  it('prints a 10,000-character field in full, wrapped, in a quote, a field and a table cell', () => {
    const squashed = squash(body(multilingual));
    const occurrences = squashed.split(LONG_FIELD).length - 1;
    expect(occurrences).toBe(3);
    expect(squashed).toContain(squash(LONG_WORDS));
  });

  it('keeps every line inside the page margins', () => {
    for (const page of multilingual.pageDetails) {
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(49);
        expect(item.x + item.width, item.str.slice(0, 40)).toBeLessThanOrEqual(page.width - 49);
        expect(item.y).toBeGreaterThanOrEqual(49);
      }
    }
  });

  it('numbers every page "X of Y" and repeats the table header on each page of the table', () => {
    const pages = multilingual.pages;
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((text, index) => expect(text).toContain(`Página ${index + 1} de ${pages.length}`));
    const tablePages = pages.filter((text) => text.includes('linha '));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) expect(text).toMatch(/Data\s*Montante\s*Nota/);
    expect(pages.at(-1)).toContain('1.349,99 EUR');
  });

  it('turns characters the fonts lack into a visible placeholder without breaking the file', () => {
    expect(multilingual.text).toContain('Emoji: □ and □□ and 😀 end.');
    expect(hostile.text).toContain('fox □ end');
    // A ZWJ family and a flag are one grapheme each, so one placeholder each.
    expect(hostile.text).toContain('family □ flag □ fox');
  });

  it('prints markup, PDF syntax and formula text literally', () => {
    const text = hostile.text;
    for (const line of HOSTILE) expect(text).toContain(line);
    expect(text).toContain('<h1>Heading</h1> )');
    expect(text).toMatch(/=cmd\|\s*<td>/);
    expect(hostile.info.Title).toBe(HOSTILE[0]);
  });

  it('reads right-to-left lines back as given', () => {
    expect(hostile.text).toContain(HEBREW);
    expect(hostile.text).toContain(ARABIC);
    // A left-to-right line with a right-to-left phrase is drawn in visual order and reads back in logical order.
    expect(hostile.text).toContain(`The message said ${HEBREW} and asked for money again`);
    // Where right-to-left text is 30% or more of a line, pdf.js reads the whole line as right-to-left, so only
    // check that every word is there.
    for (const word of ['Mostly', 'RTL', 'end', HEBREW, ARABIC]) expect(hostile.text).toContain(word);
  });

  it('drops zero-width characters the font lacks and shows control characters as the placeholder', () => {
    // U+200B and U+200D have (empty) glyphs in DejaVu Sans and stay; U+2066/U+2069 have none and are dropped.
    expect(squash(hostile.text)).toMatch(/zero.?width.?join.?isolateend/u);
    expect(hostile.text).toContain('nul□bell□esc□del□end');
  });

  it('writes only neutral metadata: title, producer and the generation date', () => {
    expect(hostile.info).toMatchObject({
      Title: HOSTILE[0],
      Producer: PRODUCT_SIGNATURE,
      Creator: PRODUCT_SIGNATURE,
      CreationDate: 'D:20260301101500Z',
      ModDate: 'D:20260301101500Z',
      Language: 'pt',
    });
    for (const key of ['Author', 'Subject', 'Keywords']) expect(hostile.info[key]).toBeUndefined();
  });

  it('is deterministic: the same document and fonts give the same bytes, whatever was rendered in between', async () => {
    const doc = buildSampleDocument({ payments: 5, identifiers: 3, evidence: 4 });
    const fontHashes = [await sha256Hex(fonts.regular), await sha256Hex(fonts.bold)];
    const first = await renderPackPdf(doc, fonts);
    await renderPackPdf(
      baseDocument({ sections: [{ id: 'x', heading: 'Москва Αθήνα ação', blocks: [] }] }),
      fonts,
    );
    const second = await renderPackPdf(doc, fonts);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    // The font bytes passed in are never modified (pdf-lib subsets a copy).
    expect([await sha256Hex(fonts.regular), await sha256Hex(fonts.bold)]).toEqual(fontHashes);
    expect(Buffer.from(hostileBytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('renders US Letter pages when asked', async () => {
    const pdf = await renderPackPdf(
      buildSampleDocument({ payments: 1, identifiers: 1, evidence: 1 }),
      fonts,
      {
        pageSize: 'letter',
      },
    );
    const extracted = await extractPdfText(pdf);
    expect(extracted.pageDetails[0]).toMatchObject({ width: 612, height: 792 });
  });

  it('renders a document of empty strings, empty lists and tables without columns', async () => {
    const empty = baseDocument({
      title: '',
      subtitle: '',
      cover: [{ label: '', value: '' }],
      coverBlocks: [{ kind: 'paragraph', text: '' }],
      footer: '',
      pageLabel: '',
      sections: [
        {
          id: 'empty',
          heading: '',
          blocks: [
            { kind: 'list', items: [] },
            { kind: 'list', items: [''] },
            { kind: 'fields', items: [] },
            { kind: 'table', columns: [], rows: [['orphan']] },
            { kind: 'table', columns: [{ header: '' }], rows: [] },
            { kind: 'table', columns: [{ header: 'A' }], rows: [], emptyText: 'Nothing recorded' },
            {
              kind: 'table',
              columns: [{ header: 'A' }, { header: 'B' }],
              rows: [['only one cell'], ['1', '2', 'extra']],
            },
            { kind: 'hashes', items: [{ label: '', sha256: '' }] },
          ],
        },
      ],
    });
    const extracted = await extractPdfText(await renderPackPdf(empty, fonts));
    expect(extracted.pages).toHaveLength(2);
    expect(extracted.text).toContain('Nothing recorded');
    expect(extracted.text).toContain('only one cell');
    expect(extracted.text).not.toContain('extra');
  });

  it('refuses a generation date that is not a date', async () => {
    await expect(renderPackPdf(baseDocument({ generatedAt: 'yesterday' }), fonts)).rejects.toThrow(
      RangeError,
    );
  });
});

describe('checkFontBytes', () => {
  it('refuses an HTML page served in place of a font', () => {
    expect(() => checkFontBytes('DejaVuSans.ttf', new TextEncoder().encode('<!DOCTYPE html>'))).toThrow(
      PackFontError,
    );
  });
});
