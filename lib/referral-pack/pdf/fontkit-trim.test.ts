// The app bundles fontkit trimmed to what the pack fonts use (scripts/lib/fontkit-trim-loader.mjs). Here the trimmed
// build runs beside the full library on the fonts the app ships, and both must read, lay out and subset them alike:
// every character the fonts cover, text in each script the subset keeps (Arabic joined, Hebrew right to left), text
// in scripts they do not cover (laid out by the default shaper in place of the dropped ones), and the subset bytes
// pdf-lib embeds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import * as fullFontkit from 'fontkit';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, it } from 'vitest';

import { REMOVED, trimFontkit } from '../../../scripts/lib/fontkit-trim-loader.mjs';
import { PACK_FONT_RANGES } from '../../../scripts/lib/subset-fonts.mjs';
import { readFullPackFonts, readPackFonts } from '../testing/read-pack-fonts';
import { unwrapWoff } from './fontkit';

type Glyph = { id: number; advanceWidth: number };
type Font = {
  postscriptName: string;
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): Glyph;
  layout(
    text: string,
    features?: Record<string, boolean>,
  ): { glyphs: Glyph[]; positions: object[]; direction: string; script: string };
  createSubset(): { includeGlyph(g: Glyph): number; encode(): Uint8Array };
};
type Fontkit = { create(bytes: Uint8Array): Font };

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLES = [
  'Olá, coração, pingüino, niño — “aspas” … 1.234,56 € £ $ № ™ ≤ ≥ ≠ × → ←',
  'Ελληνικά ΑΒΓ',
  'Кириллица Ёё Її Ґґ',
  'עברית שלום 123',
  'العربية مرحبا بكم لا',
  'مرحبا Hello עברית 42',
  'ẞ ẽ ỹ Ǆ ǅ ǆ a\u0301 e\u0308 o\u0303',
  'ffi fi fl □ � 😀 ☺ ★ ✓ ✗ ❤',
  'देवनागरी हिन्दी', // Indic: not in the fonts
  '한국어', // Hangul: not in the fonts
  'ᬅᬓ᭄ᬱᬭ', // Balinese (Universal Shaping Engine): not in the fonts
  '中文',
];

let full: Fontkit;
let trimmed: Fontkit;
let faces: Uint8Array[];

beforeAll(async () => {
  const source = readFileSync(path.join(ROOT, 'node_modules/fontkit/dist/browser-module.mjs'), 'utf8');
  // Written where Node resolves fontkit's own imports (restructure, unicode-properties, ...) from.
  const dir = path.join(ROOT, 'node_modules/.cache/fontkit-trim');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'browser-module.mjs');
  writeFileSync(file, trimFontkit(source));
  trimmed = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Fontkit;
  full = fullFontkit as unknown as Fontkit;
  const { regular, bold } = await readPackFonts();
  faces = [unwrapWoff(regular), unwrapWoff(bold)];
});

describe('fontkit as the app bundles it', () => {
  it('is much smaller than the full build', () => {
    const source = readFileSync(path.join(ROOT, 'node_modules/fontkit/dist/browser-module.mjs'), 'utf8');
    expect(trimFontkit(source).length).toBeLessThan(source.length / 2);
    expect(Object.keys(REMOVED).length).toBeGreaterThan(0);
  });

  it('reads the same glyphs and widths for every character of the subset ranges', () => {
    for (const bytes of faces) {
      const a = full.create(bytes);
      const b = trimmed.create(bytes);
      expect(b.postscriptName).toBe(a.postscriptName);
      expect(b.unitsPerEm).toBe(a.unitsPerEm);
      let covered = 0;
      for (const [from, to] of PACK_FONT_RANGES) {
        for (let cp = from; cp <= to; cp += 1) {
          const has = a.hasGlyphForCodePoint(cp);
          expect(b.hasGlyphForCodePoint(cp)).toBe(has);
          if (!has) continue;
          covered += 1;
          expect(b.glyphForCodePoint(cp).id).toBe(a.glyphForCodePoint(cp).id);
          expect(b.glyphForCodePoint(cp).advanceWidth).toBe(a.glyphForCodePoint(cp).advanceWidth);
        }
      }
      expect(covered).toBeGreaterThan(1000);
    }
  });

  it('lays out text in every script the same way, with and without the features the pack turns off', () => {
    const view = (run: ReturnType<Font['layout']>) => ({
      glyphs: run.glyphs.map((g) => g.id),
      positions: run.positions,
      direction: run.direction,
      script: run.script,
    });
    for (const bytes of faces) {
      const a = full.create(bytes);
      const b = trimmed.create(bytes);
      for (const text of SAMPLES) {
        for (const features of [undefined, { kern: false, liga: true }]) {
          expect(view(b.layout(text, features)), text).toEqual(view(a.layout(text, features)));
        }
      }
      // Arabic is joined by the Arabic shaper, which stays: the initial, medial and final forms differ.
      const joined = b.layout('ببب').glyphs.map((g) => g.id);
      expect(new Set(joined).size).toBe(3);
    }
  });

  it('writes the same subset bytes for pdf-lib to embed', () => {
    for (const bytes of faces) {
      const encode = (fontkit: Fontkit) => {
        const font = fontkit.create(bytes);
        const subset = font.createSubset();
        for (const text of SAMPLES) for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
        return subset.encode();
      };
      expect(Buffer.from(encode(trimmed)).equals(Buffer.from(encode(full)))).toBe(true);
    }
  });

  it('refuses a font of a format it leaves out, with an error rather than a wrong drawing', async () => {
    // WOFF2 (which the app never ships): the full library reads it, the trimmed one says it does not know it.
    const woff2 = new Uint8Array(
      await subsetFont(Buffer.from((await readFullPackFonts()).regular), 'Olá', { targetFormat: 'woff2' }),
    );
    expect(full.create(woff2).hasGlyphForCodePoint(0xe1)).toBe(true);
    expect(() => trimmed.create(woff2)).toThrow(/Unknown font format/);
  });
});
