import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { neutraliseFormula, toCsv } from './csv';
import { parseCsv } from '../testing/parse-csv';

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

// What the issue asks the guard to see through, by Unicode property: every White_Space and format (Cf) character,
// which takes in the bidirectional marks, embeddings, overrides and isolates, the zero-width characters and the
// byte order mark. Listed here from the whole code space, independently of the guard's own pattern.
const SKIPPABLE = Array.from({ length: 0x110000 }, (_, codePoint) => codePoint)
  .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
  .map((codePoint) => String.fromCodePoint(codePoint))
  .filter((char) => /^[\p{White_Space}\p{Cf}]$/u.test(char));

// The ones named in the issue, so that a change to the property list above cannot quietly drop them.
const NAMED_SKIPPABLE = [
  '\u00A0',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uFEFF',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u061C',
  '\u3000',
  '\u2028',
  '\u00AD',
  '\u180E',
];

// What a spreadsheet reads as the start of a formula: OWASP's list, line feed, and the full-width forms.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

const SEED = 20_260_409;

const IS_SKIPPABLE = new Set(SKIPPABLE);

function stripSkippable(text: string): string {
  const chars = [...text];
  const start = chars.findIndex((char) => !IS_SKIPPABLE.has(char));
  return start === -1 ? '' : chars.slice(start).join('');
}

function startsWithTrigger(text: string): boolean {
  return TRIGGERS.some((trigger) => text.startsWith(trigger));
}

const skippable = fc.oneof(fc.constantFrom(...SKIPPABLE), fc.constantFrom(...NAMED_SKIPPABLE));
const hostileCell = fc
  .tuple(fc.array(skippable, { maxLength: 8 }), fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' }))
  .map(([prefix, trigger, rest]) => `${prefix.join('')}${trigger}${rest}`);

// Ordinary text that may still open with invisible characters (a bidirectional mark before Hebrew or Arabic is
// common): what follows them is a letter, a digit or harmless punctuation.
const benignCell = fc
  .tuple(
    fc.array(
      skippable.filter((char) => !TRIGGERS.includes(char)),
      { maxLength: 4 },
    ),
    fc.oneof(
      fc.constantFrom('a', 'Z', '0', '9', '(', '"', "'", '#', '€', 'é', 'ж', 'ש', 'ع', '中', '😀', '*', '/'),
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
        .filter((char) => /^[\p{L}\p{N}]/u.test(char)),
    ),
    fc.string({ unit: 'binary' }),
  )
  .map(([prefix, first, rest]) => `${prefix.join('')}${first}${rest}`);

describe('the formula guard, against hostile cells', () => {
  it.each([
    ['a no-break space', '\u00A0=1+1'],
    ['a left-to-right mark', '\u200E=HYPERLINK("http://evil.example")'],
    ['a right-to-left override', '\u202E+1'],
    ['a first-strong isolate', '\u2068@SUM(A1:A2)'],
    ['a byte order mark', '\uFEFF-2+3'],
    ['a zero-width space', '\u200B=1'],
    ['an ideographic space', '\u3000\uFF1D1'],
    ['a line separator', '\u2028=1'],
    ['a soft hyphen', '\u00AD=1'],
    ['a mix of them', '\u00A0\u200F \u2066\u200D=1'],
    ['a tag character beyond the first plane', '\u{E0020}=1'],
    ['a Hangul filler, drawn as nothing', '\u3164=1'],
    ['a variation selector', '\uFE0F+1'],
    ['a control character', '\u0001@A1'],
  ])('guards a formula after %s', (_name, cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('treats a tab or a line break after invisible characters as a trigger, as it does at the start', () => {
    for (const cell of ['\u200E\tanything', '\u00A0\ranything', '\u200B\nanything'])
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each([
    ['a small equals sign', '\uFE661+1'],
    ['a superscript plus', '\u207A1'],
    ['a full-width at sign after a no-break space', '\u00A0\uFF20SUM(A1)'],
  ])('guards %s, a compatibility form of a trigger', (_name, cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves text that only opens with a bidirectional mark or a no-break space alone', () => {
    for (const cell of ['\u200Fשלום', '\u200Eمرحبا', '\u00A0hello', '\uFEFFdate'])
      expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('never lets a trigger through, whatever white space and format characters come first', () => {
    expect(SKIPPABLE.length).toBeGreaterThan(150);
    for (const char of NAMED_SKIPPABLE) expect(SKIPPABLE).toContain(char);
    fc.assert(
      fc.property(hostileCell, (cell) => {
        const guarded = neutraliseFormula(cell);
        expect(guarded).toBe(`'${cell}`);
        expect(startsWithTrigger(guarded)).toBe(false);
        expect(startsWithTrigger(stripSkippable(guarded))).toBe(false);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('leaves benign cells unchanged, even when they open with invisible characters', () => {
    fc.assert(
      fc.property(benignCell, (cell) => {
        expect(neutraliseFormula(cell)).toBe(cell);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('keeps the guard through CSV quoting: a reader gets each hostile cell back with its quote', () => {
    fc.assert(
      fc.property(fc.array(hostileCell, { minLength: 1, maxLength: 20 }), (cells) => {
        const rows = parseCsv(
          toCsv(
            ['cell'],
            cells.map((cell) => [cell]),
          ),
        );
        expect(rows.slice(1).map((row) => row[0])).toEqual(cells.map((cell) => `'${cell}`));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
