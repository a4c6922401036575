/**
 * Text preparation for the PDF: what the person typed is printed literally, but a PDF font can only draw the
 * glyphs it has. Every grapheme the font cannot draw (most emoji, CJK, private-use characters) becomes one
 * visible placeholder; control characters become the placeholder too; invisible format characters the font
 * lacks (some zero-width and bidi controls) are dropped. Text is never interpreted: markup, PDF operators and
 * formula-like text are just characters here, and the PDF library writes them as glyph ids.
 */

/** What the layout needs to know about a font. */
export type FontMetrics = {
  /** Tells whether the font has a glyph for a code point. */
  hasGlyph(codePoint: number): boolean;
  /** Advance width of a code point in thousandths of the font size. */
  advance(codePoint: number): number;
};

/** Printed for a character the font cannot draw: a white square when the font has one. */
export const PLACEHOLDER = '\u25A1';
const FALLBACK_PLACEHOLDER = '?';

// Default-ignorable format characters: zero-width spaces and joiners, bidi marks, embeddings and isolates,
// variation selectors, the byte order mark, soft hyphen, word joiner and tags. Invisible when printed.
const IGNORABLE =
  /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]$|^[\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]$/u;
const CONTROL = /^[\u0000-\u0008\u000B-\u001F\u007F-\u009F]$/u;
// Combining marks, joiners, emoji modifiers and regional indicators: characters that join a grapheme.
const NEEDS_SEGMENTING = /[\p{M}\u200C\u200D\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029]/g;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('und', { granularity: 'grapheme' })
    : null;

/**
 * Makes text printable with a font: NFC-normalised, line breaks unified to `\n`, tabs as spaces, each
 * undrawable grapheme replaced by one placeholder, controls replaced by the placeholder, ignorable invisible
 * characters kept when the font has a glyph for them and dropped otherwise.
 */
export function preparePrintableText(text: string, font: FontMetrics): string {
  return prepareText(text, font).text;
}

/**
 * `preparePrintableText`, and whether any visible character was replaced because the font has no glyph for it
 * (CJK, most emoji), so the PDF can say, where it happens, that the exact text is kept in the JSON and CSV files.
 * Control characters and invisible format characters do not count: they carry nothing a reader would miss.
 */
export function prepareText(text: string, font: FontMetrics): { text: string; hasLostCharacters: boolean } {
  const placeholder = font.hasGlyph(PLACEHOLDER.codePointAt(0) ?? 0) ? PLACEHOLDER : FALLBACK_PLACEHOLDER;
  const normalised = text.normalize('NFC').replace(LINE_BREAKS, '\n').replaceAll('\t', '    ');
  if (isPlainlyPrintable(normalised, font)) return { text: normalised, hasLostCharacters: false };
  let out = '';
  let hasLostCharacters = false;
  for (const grapheme of splitGraphemes(normalised)) {
    const prepared = prepareGrapheme(grapheme, font, placeholder);
    if (prepared === placeholder && grapheme !== placeholder && !isControl(grapheme))
      hasLostCharacters = true;
    out += prepared;
  }
  return { text: out, hasLostCharacters };
}

function isControl(grapheme: string): boolean {
  return Array.from(grapheme).some((char) => CONTROL.test(char));
}

// Fast path: when the font has every character and none is a control, an invisible format character or part
// of a multi-character grapheme, the text prints as it is and needs no grapheme segmentation.
function isPlainlyPrintable(text: string, font: FontMetrics): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n') continue;
    if (
      !font.hasGlyph(codePoint) ||
      CONTROL.test(char) ||
      IGNORABLE.test(char) ||
      NEEDS_SEGMENTING.test(char)
    ) {
      return false;
    }
  }
  return true;
}

function prepareGrapheme(grapheme: string, font: FontMetrics, placeholder: string): string {
  if (grapheme === '\n') return grapheme;
  let kept = '';
  for (const char of grapheme) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (CONTROL.test(char)) return placeholder;
    if (font.hasGlyph(codePoint)) kept += char;
    else if (!IGNORABLE.test(char)) return placeholder;
  }
  return kept;
}

/** Splits text into grapheme clusters (user-perceived characters), or code points where Intl.Segmenter is missing. */
export function splitGraphemes(text: string): string[] {
  if (segmenter === null) return Array.from(text);
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Width of already-prepared text at a font size, in points. */
export function measureText(text: string, font: FontMetrics, size: number): number {
  let units = 0;
  for (const char of text) units += font.advance(char.codePointAt(0) ?? 0);
  return (units * size) / 1000;
}

/**
 * Wraps prepared text into lines no wider than `maxWidth`: breaks at spaces, keeps explicit line breaks,
 * and breaks a word longer than a line between graphemes, so no text runs off the page.
 */
export function wrapText(text: string, font: FontMetrics, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) wrapParagraph(paragraph, font, size, maxWidth, lines);
  return lines;
}

function wrapParagraph(
  paragraph: string,
  font: FontMetrics,
  size: number,
  maxWidth: number,
  lines: string[],
): void {
  const spaceWidth = measureText(' ', font, size);
  let line = '';
  let lineWidth = 0;
  for (const word of paragraph.split(' ')) {
    const wordWidth = measureText(word, font, size);
    const gap = line === '' ? 0 : spaceWidth;
    if (lineWidth + gap + wordWidth <= maxWidth) {
      line += (line === '' ? '' : ' ') + word;
      lineWidth += gap + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakLongWord(word, font, size, maxWidth);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    lineWidth = measureText(line, font, size);
  }
  lines.push(line);
}

function breakLongWord(word: string, font: FontMetrics, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const grapheme of splitGraphemes(word)) {
    const graphemeWidth = measureText(grapheme, font, size);
    if (piece !== '' && width + graphemeWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += grapheme;
    width += graphemeWidth;
  }
  pieces.push(piece);
  return pieces;
}

/** Shortens prepared text to fit one line, ending with an ellipsis when cut. */
export function truncateText(text: string, font: FontMetrics, size: number, maxWidth: number): string {
  if (measureText(text, font, size) <= maxWidth) return text;
  const ellipsis = '\u2026';
  const room = maxWidth - measureText(ellipsis, font, size);
  let out = '';
  let width = 0;
  for (const grapheme of splitGraphemes(text)) {
    width += measureText(grapheme, font, size);
    if (width > room) break;
    out += grapheme;
  }
  return out + ellipsis;
}
