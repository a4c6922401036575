// Subsets the PDF pack fonts (DejaVu Sans regular and bold) to the scripts the app supports, with `subset-font`
// (HarfBuzz's hb-subset compiled to WebAssembly). The full fonts stay in public/fonts/ as the source; the build
// replaces the copies in out/fonts/ with the subset written as WOFF (TrueType with zlib-compressed tables, about half
// the bytes; fontkit reads it and the PDF embeds plain TrueType), called from scripts/build-service-worker.mjs before
// the precache is listed, and
// the Node tests read the same subset (lib/referral-pack/testing/read-pack-fonts.ts), so what is tested is what ships.
//
// Kept: Latin with every accent (Latin-1, Extended-A/B/Additional, combining marks), Greek, Cyrillic, Hebrew,
// Arabic and their presentation forms (names and quoted messages print), punctuation, currency, arrows, common
// symbols, the smileys the full font has, the placeholder □ the pack prints for a character it cannot draw, and every character of the app's own
// words (locales/*/*.json). Anything else (Armenian, Georgian, box drawing, Braille, ...) is dropped, and the pack
// shows it as the placeholder with the "some characters could not be printed" notice, exactly as it already did for
// CJK and emoji, because the notice reads glyph coverage from the subset font itself.
import fs from 'node:fs';
import path from 'node:path';

import subsetFont from 'subset-font';

/** Unicode ranges kept in the subset, inclusive. */
export const PACK_FONT_RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // Spacing modifier letters
  [0x0300, 0x036f], // Combining diacritical marks (text typed in decomposed form)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // General punctuation
  [0x20a0, 0x20cf], // Currency symbols
  // Letterlike symbols and arrows people type (℃ ℉ ℓ № ™ Ω ℮; ← ↑ → ↓ ↔ ↕ and the diagonals, ⇐ ⇑ ⇒ ⇓ ⇔ ⇕), not
  // the whole blocks, for the same reason as the operators below.
  [0x2103, 0x2103],
  [0x2109, 0x2109],
  [0x2113, 0x2113],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2126, 0x2126],
  [0x212e, 0x212e],
  [0x2190, 0x2199],
  [0x21d0, 0x21d5],
  // Mathematical operators people type in messages and amounts (− ∕ ∞ ≈ ≠ ≤ ≥), not the whole block: the other 249
  // symbols cost 13 KB per font in the offline precache, and print as the placeholder with the notice.
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x221e, 0x221e],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
  [0x25a0, 0x25ff], // Geometric shapes (□ placeholder, ●)
  [0x2605, 0x2606], // Stars
  [0x2610, 0x2612], // Ballot boxes
  [0x263a, 0x263b], // Smiling faces
  [0x2713, 0x2717], // Check and cross marks
  [0x2764, 0x2764], // Heart
  [0xfb1d, 0xfb4f], // Hebrew presentation forms
  [0xfb50, 0xfdff], // Arabic presentation forms-A
  [0xfe70, 0xfeff], // Arabic presentation forms-B
  [0xfffd, 0xfffd], // Replacement character
  [0x1f600, 0x1f64f], // Emoticons (the smileys the full font draws, such as 😀)
];

/** The full fonts in public/fonts/ (copied to out/fonts/ by the build), each shipped as `<name>.woff`. */
export const PACK_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The name a source font is shipped under once subset. */
export const shippedFontName = (file) => file.replace(/\.ttf$/, '.woff');

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every character the app's own words use, in every language (locales/<lang>/*.json). */
export function localeCharacters(localesDir = path.join(ROOT, 'locales')) {
  const chars = new Set();
  for (const lang of fs.readdirSync(localesDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(localesDir, lang.name))) {
      if (!file.endsWith('.json')) continue;
      for (const char of fs.readFileSync(path.join(localesDir, lang.name, file), 'utf8')) chars.add(char);
    }
  }
  return chars;
}

/** The text handed to the subsetter: every code point of the ranges plus the locales' characters. */
export function subsetText() {
  const chars = localeCharacters();
  for (const [from, to] of PACK_FONT_RANGES) {
    for (let cp = from; cp <= to; cp += 1) chars.add(String.fromCodePoint(cp));
  }
  return [...chars].filter((c) => c >= ' ').join('');
}

/**
 * Subsets one TrueType font's bytes to WOFF 1: the same TrueType tables, each zlib-compressed (fontkit inflates them
 * with tiny-inflate, already part of the PDF engine; WOFF2 would need a Brotli decoder about as large as it saves).
 */
export async function subsetPackFont(bytes, text = subsetText()) {
  // Hinting (TrueType instructions) only helps screens at small pixel sizes; PDF viewers rasterise without it.
  // GPOS only positions kerning and marks, which the pack turns off (lib/referral-pack/pdf/render-pdf.ts), and MATH only
  // lays out formulas: both are dropped, so what is measured (advance widths) is what is drawn.
  return subsetFont(Buffer.from(bytes), text, {
    targetFormat: 'woff',
    noHinting: true,
    dropTables: ['GPOS', 'MATH'],
  });
}

/**
 * Replaces each full pack font in `dir` (e.g. out/fonts) by its subset as WOFF (`<name>.woff`): the full `.ttf`
 * copy is removed, since nothing asks for it. Returns the sizes before and after.
 */
export async function subsetFontsIn(dir) {
  const text = subsetText();
  const sizes = [];
  for (const file of PACK_FONT_FILES) {
    const full = path.join(dir, file);
    const before = fs.readFileSync(full);
    const after = await subsetPackFont(before, text);
    const shipped = shippedFontName(file);
    fs.writeFileSync(path.join(dir, shipped), after);
    fs.rmSync(full);
    sizes.push({ file: shipped, before: before.length, after: after.length });
  }
  return sizes;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const dir = process.argv[2] ?? 'out/fonts';
  subsetFontsIn(dir).then((sizes) => {
    for (const s of sizes) console.log(`${s.file}: ${s.before} -> ${s.after} bytes`);
  });
}
