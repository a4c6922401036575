import { describe, expect, it } from 'vitest';

import { neutraliseFormula, toCsv } from './csv';
import { parseCsv } from './testing/parse-csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['date', 'amount'], [['2026-01-02', 12.5]])).toBe('date,amount\r\n2026-01-02,12.5\r\n');
  });

  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    const csv = toCsv(['a'], [['one, two'], ['say "hi"'], ['line 1\nline 2'], ['cr\r\nlf']]);
    expect(csv).toBe('a\r\n"one, two"\r\n"say ""hi"""\r\n"line 1\nline 2"\r\n"cr\r\nlf"\r\n');
  });

  it('guards every formula trigger with a leading single quote', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","Click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      '  =1+1',
      '\uFF1D1+1',
    ];
    const rows = parseCsv(
      toCsv(
        ['cell'],
        hostile.map((cell) => [cell]),
      ),
    );
    expect(rows.slice(1).map((row) => row[0])).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it('leaves numbers as numbers, negative ones included, and ordinary text alone', () => {
    expect(
      toCsv(
        ['n', 't'],
        [
          [-12.5, 'plain text'],
          [0, 'a-b=c'],
        ],
      ),
    ).toBe('n,t\r\n-12.5,plain text\r\n0,a-b=c\r\n');
    expect(toCsv(['n'], [[Number.NaN], [null]])).toBe('n\r\n\r\n\r\n');
    expect(neutraliseFormula('-12.5')).toBe("'-12.5");
  });

  it('adds a byte order mark and uses semicolons when asked', () => {
    expect(toCsv(['a', 'b'], [['x;y', 'z']], { bom: true, delimiter: ';' })).toBe('\uFEFFa;b\r\n"x;y";z\r\n');
  });

  it('round-trips hostile text through a CSV reader', () => {
    const cells = [
      '<script>alert(1)</script>',
      'João, niño, ação; Αθήνα; Москва',
      'שלום עולם مرحبا',
      'emoji 🦊👩‍👩‍👧',
      'quote " and "" twice',
      'multi\nline\r\ntext',
      'x'.repeat(10_000),
      ' leading and trailing ',
    ];
    const rows = parseCsv(
      toCsv(
        ['text', 'n'],
        cells.map((cell, index) => [cell, index]),
      ),
    );
    expect(rows.slice(1)).toEqual(cells.map((cell, index) => [cell, String(index)]));
  });
});
