import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { orderRunsForDisplay } from './pdf-bidi';
import {
  PLACEHOLDER,
  measureText,
  prepareText,
  preparePrintableText,
  truncateText,
  wrapText,
  type FontMetrics,
} from './pdf-text';

// A font with every glyph of Basic Latin, Latin-1 and Hebrew, 500 units wide, plus the placeholder.
const FAKE_FONT: FontMetrics = {
  hasGlyph: (codePoint) =>
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    (codePoint >= 0x5d0 && codePoint <= 0x5ea) ||
    codePoint === 0x25a1 ||
    codePoint === 0x200b,
  advance: (codePoint) => (codePoint === 0x200b ? 0 : 500),
};

describe('preparePrintableText', () => {
  it('replaces each grapheme the font lacks with one placeholder', () => {
    expect(preparePrintableText('a 🦊 b 中文 c', FAKE_FONT)).toBe(
      `a ${PLACEHOLDER} b ${PLACEHOLDER}${PLACEHOLDER} c`,
    );
    expect(preparePrintableText('👩‍👩‍👧 🇵🇹', FAKE_FONT)).toBe(`${PLACEHOLDER} ${PLACEHOLDER}`);
  });

  it('tells when visible characters were lost, but not for controls, dropped invisibles or a typed placeholder', () => {
    expect(prepareText('memo 中文', FAKE_FONT).hasLostCharacters).toBe(true);
    expect(prepareText('fox 🦊', FAKE_FONT).hasLostCharacters).toBe(true);
    expect(prepareText('plain text, ação', FAKE_FONT).hasLostCharacters).toBe(false);
    expect(prepareText('nul\u0000end\u2066x\u2069', FAKE_FONT).hasLostCharacters).toBe(false);
    expect(prepareText(`box ${PLACEHOLDER} typed`, FAKE_FONT).hasLostCharacters).toBe(false);
  });

  it('shows control characters as the placeholder and keeps line breaks and tabs as layout', () => {
    expect(preparePrintableText('a\u0000b\u0007c\u009fd', FAKE_FONT)).toBe(
      `a${PLACEHOLDER}b${PLACEHOLDER}c${PLACEHOLDER}d`,
    );
    expect(preparePrintableText('a\r\nb\rc\u2028d\te', FAKE_FONT)).toBe('a\nb\nc\nd    e');
  });

  it('keeps invisible characters the font has and drops those it lacks', () => {
    expect(preparePrintableText('a\u200Bb\u2066c\u2069d\uFE0F', FAKE_FONT)).toBe('a\u200Bbcd');
  });

  it('normalises to NFC so that decomposed accents print as one character', () => {
    expect(preparePrintableText('Joa\u0303o', FAKE_FONT)).toBe('João');
  });

  it('falls back to "?" when the font has no placeholder glyph', () => {
    const bare: FontMetrics = { hasGlyph: (codePoint) => codePoint < 0x80, advance: () => 500 };
    expect(preparePrintableText('a🦊', bare)).toBe('a?');
  });
});

describe('wrapText', () => {
  it('never makes a line wider than the limit and loses no visible character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 5, max: 200 }),
        (raw, width) => {
          const text = preparePrintableText(raw, FAKE_FONT);
          const lines = wrapText(text, FAKE_FONT, 10, width);
          for (const line of lines) {
            // A single grapheme wider than the line is the only allowed overflow.
            if (Array.from(line).length > 1)
              expect(measureText(line, FAKE_FONT, 10)).toBeLessThanOrEqual(width);
          }
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('breaks at spaces when it can and inside a word only when it must', () => {
    expect(wrapText('aaa bbb ccc', FAKE_FONT, 10, 30)).toEqual(['aaa', 'bbb', 'ccc']);
    expect(wrapText('aaaaaaaaaa', FAKE_FONT, 10, 20)).toEqual(['aaaa', 'aaaa', 'aa']);
    expect(wrapText('a\n\nb', FAKE_FONT, 10, 100)).toEqual(['a', '', 'b']);
  });

  it('wraps a 10,000-character word in a number of measurements that grows with its length, not its square', () => {
    let measured = 0;
    const counting: FontMetrics = {
      ...FAKE_FONT,
      advance: (codePoint) => {
        measured += 1;
        return FAKE_FONT.advance(codePoint);
      },
    };
    const lines = wrapText('x'.repeat(10_000), counting, 10, 400);
    expect(lines).toHaveLength(125);
    // Characters measured in all: a wrap that re-measures each line from its start would measure about 10,000² / 2.
    expect(measured).toBeLessThan(10_000 * 40);
  });
});

describe('truncateText', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(truncateText('abc', FAKE_FONT, 10, 100)).toBe('abc');
    expect(truncateText('abcdefghij', FAKE_FONT, 10, 25)).toBe('abcd\u2026');
  });
});

describe('orderRunsForDisplay', () => {
  it('leaves left-to-right text as one run', () => {
    expect(orderRunsForDisplay('plain text 123')).toEqual([{ text: 'plain text 123', isRtl: false }]);
  });

  it('keeps a right-to-left phrase in place inside a left-to-right line', () => {
    expect(orderRunsForDisplay('He said שלום עולם today')).toEqual([
      { text: 'He said ', isRtl: false },
      { text: 'שלום עולם', isRtl: true },
      { text: ' today', isRtl: false },
    ]);
  });

  it('puts runs right to left when the line starts right to left, numbers kept left to right', () => {
    expect(orderRunsForDisplay('שלום 123 עולם')).toEqual([
      { text: ' עולם', isRtl: true },
      { text: '123', isRtl: false },
      { text: 'שלום ', isRtl: true },
    ]);
  });
});
