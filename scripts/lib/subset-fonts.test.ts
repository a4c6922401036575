import { describe, expect, it } from 'vitest';

import { getFontMetrics } from '../../lib/referral-pack/pdf/pdf-metrics';
import { PLACEHOLDER, prepareText } from '../../lib/referral-pack/pdf/pdf-text';
import { readFullPackFonts, readPackFonts } from '../../lib/referral-pack/testing/read-pack-fonts';

import { localeCharacters } from './subset-fonts.mjs';

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0) ?? 0);

describe('the PDF fonts as shipped (subset at build time)', () => {
  it('are at most a third of the full fonts', async () => {
    const full = await readFullPackFonts();
    const shipped = await readPackFonts();
    expect(shipped.regular.length).toBeLessThan(full.regular.length / 3);
    expect(shipped.bold.length).toBeLessThan(full.bold.length / 3);
  });

  it('still draw every character of the app’s own words that the full fonts draw, in both faces', async () => {
    const full = await readFullPackFonts();
    const shipped = await readPackFonts();
    const chars = [...localeCharacters()].filter((c) => c >= ' ');
    expect(chars).toEqual(expect.arrayContaining(['ã', 'ç', 'ñ', '¿', 'é', 'á', '’']));
    for (const face of ['regular', 'bold'] as const) {
      const before = getFontMetrics(full[face]);
      const after = getFontMetrics(shipped[face]);
      const lost = chars.filter(
        (c) => before.hasGlyph(c.codePointAt(0) ?? 0) && !after.hasGlyph(c.codePointAt(0) ?? 0),
      );
      expect(lost).toEqual([]);
    }
  });

  it('keep Latin accents, Greek, Cyrillic, Hebrew, Arabic and the placeholder, at the full fonts’ widths', async () => {
    const full = getFontMetrics((await readFullPackFonts()).regular);
    const shipped = getFontMetrics((await readPackFonts()).regular);
    for (const cp of codePoints(`João niño ŁŽ Ơ Αθήνα Москва שלום مرحبا ${PLACEHOLDER} • – “” № ≥`)) {
      expect(shipped.hasGlyph(cp)).toBe(true);
      expect(shipped.advance(cp)).toBeCloseTo(full.advance(cp), 5);
    }
  });

  it('drop other scripts, which the pack then marks as not printable with its notice', async () => {
    const full = getFontMetrics((await readFullPackFonts()).regular);
    const shipped = getFontMetrics((await readPackFonts()).regular);
    const armenian = 'Բարեւ';
    expect(codePoints(armenian).every((cp) => full.hasGlyph(cp))).toBe(true);
    expect(prepareText(armenian, full).hasLostCharacters).toBe(false);
    const printed = prepareText(`Name: ${armenian}`, shipped);
    expect(printed.hasLostCharacters).toBe(true);
    expect(printed.text).toBe(`Name: ${PLACEHOLDER}${PLACEHOLDER}${PLACEHOLDER}${PLACEHOLDER}${PLACEHOLDER}`);
  });
});
