/**
 * Font metrics for layout: advance widths and glyph coverage read from the embedded TrueType fonts with
 * fontkit (cached per code point), and the fixed 600/1000 advance of the standard Courier font used for
 * hashes. Measuring here, rather than asking the PDF library to lay out every candidate line, keeps wrapping
 * a 10,000-character field linear.
 */
import { createFont, type FontkitFont } from './fontkit';

import type { FontMetrics } from './pdf-text';

const parsedFonts = new WeakMap<Uint8Array, FontkitFont>();
const fontMetrics = new WeakMap<Uint8Array, FontMetrics>();

// Parsed once per byte array for measuring only. pdf-lib gets its own parse for every PDF: sharing one fontkit
// Font between PDFs corrupted glyph mapping in the second PDF (a test caught "M" reading back as "G").
function getFontkitFont(bytes: Uint8Array): FontkitFont {
  let font = parsedFonts.get(bytes);
  if (font === undefined) {
    font = createFont(bytes);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** Metrics of a TrueType/OpenType font, parsed once per byte array. */
export function getFontMetrics(bytes: Uint8Array): FontMetrics {
  const cached = fontMetrics.get(bytes);
  if (cached !== undefined) return cached;
  const font = getFontkitFont(bytes);
  const scale = 1000 / font.unitsPerEm;
  const advances = new Map<number, number | null>();
  const lookup = (codePoint: number): number | null => {
    let advance = advances.get(codePoint);
    if (advance === undefined) {
      advance = font.hasGlyphForCodePoint(codePoint)
        ? font.glyphForCodePoint(codePoint).advanceWidth * scale
        : null;
      advances.set(codePoint, advance);
    }
    return advance;
  };
  const metrics: FontMetrics = {
    hasGlyph: (codePoint) => lookup(codePoint) !== null,
    advance: (codePoint) => lookup(codePoint) ?? 0,
  };
  fontMetrics.set(bytes, metrics);
  return metrics;
}

/** Metrics of the standard Courier font, limited to printable ASCII, the only text it is used for. */
export const COURIER_METRICS: FontMetrics = {
  hasGlyph: (codePoint) => codePoint >= 0x20 && codePoint <= 0x7e,
  advance: () => 600,
};

/** Tells whether text can be printed in Courier as it is: printable ASCII only (hashes, references). */
export function isCourierText(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text);
}
