import { describe, expect, it } from 'vitest';

import { bytesAsStream, createFont, unwrapWoff } from './fontkit';
import { readFullPackFonts, readPackFonts } from '../testing/read-pack-fonts';

describe('the fontkit adapter', () => {
  it('hands pdf-lib the subset bytes as a stream: data, then end', async () => {
    const events: string[] = [];
    const bytes = new Uint8Array([1, 2, 3]);
    await new Promise<void>((resolve) => {
      bytesAsStream(() => bytes)
        .on('data', (b) => events.push(`data ${String((b as Uint8Array).length)}`))
        .on('end', () => {
          events.push('end');
          resolve();
        })
        .on('error', () => events.push('error'));
    });
    expect(events).toEqual(['data 3', 'end']);
  });

  it('reports an encoding failure as an error event', async () => {
    const error = await new Promise<unknown>((resolve) => {
      bytesAsStream(() => {
        throw new Error('broken');
      })
        .on('data', () => resolve('data'))
        .on('error', resolve);
    });
    expect(error).toBeInstanceOf(Error);
  });

  it('subsets the pack font to a TrueType font with the glyphs asked for', async () => {
    const { regular } = await readPackFonts();
    const font = createFont(regular) as unknown as {
      layout(text: string): { glyphs: { id: number }[] };
      createSubset(): {
        includeGlyph(g: { id: number }): number;
        encodeStream(): ReturnType<typeof bytesAsStream>;
      };
    };
    const subset = font.createSubset();
    for (const glyph of font.layout('Olá ñ').glyphs) subset.includeGlyph(glyph);
    const parts: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      subset
        .encodeStream()
        .on('data', (b) => parts.push(b as Uint8Array))
        .on('end', () => resolve())
        .on('error', reject);
    });
    const out = parts[0] ?? new Uint8Array();
    expect(parts).toHaveLength(1);
    // A TrueType font: fontkit 2 writes the tag 'true' (fontkit 1 wrote 0x00010000); PDF readers take both.
    expect(String.fromCharCode(...out.subarray(0, 4))).toBe('true');
    expect(out.length).toBeLessThan(regular.length / 10);
    const reread = createFont(out);
    expect(reread.unitsPerEm).toBe(createFont(regular).unitsPerEm);
  });

  it('unpacks the shipped WOFF fonts into TrueType with the full fonts’ glyphs and widths', async () => {
    const shipped = await readPackFonts();
    const full = await readFullPackFonts();
    for (const face of ['regular', 'bold'] as const) {
      expect(String.fromCharCode(...shipped[face].subarray(0, 4))).toBe('wOFF');
      const ttf = unwrapWoff(shipped[face]);
      expect([...ttf.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
      expect(ttf.length).toBeGreaterThan(shipped[face].length);
      const fromWoff = createFont(shipped[face]);
      const fromFull = createFont(full[face]);
      for (const cp of [...'João ñ Ωμέγα Москва שלום مرحبا'].map((c) => c.codePointAt(0) ?? 0)) {
        expect(fromWoff.hasGlyphForCodePoint(cp)).toBe(true);
        expect(fromWoff.glyphForCodePoint(cp).advanceWidth).toBe(fromFull.glyphForCodePoint(cp).advanceWidth);
      }
    }
  });

  it('leaves a font that is not WOFF as it is', async () => {
    const { regular } = await readFullPackFonts();
    expect(unwrapWoff(regular)).toBe(regular);
  });
});
