// The stand-ins the app's bundle uses in place of parts of the PDF engine's libraries (bundle-stubs.js). pdf-lib
// hands `pako` page content to compress and its standard fonts' metrics to inflate: the fflate stand-in must write
// what pako reads back, and read what pako wrote: zlib data (RFC 1950), checked here with Node's own zlib.
import { deflateSync, inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

// @ts-expect-error: a plain JavaScript module (the app's bundle loads it through next.config.mjs), no declarations.
import { cloneTable, noPng, pakoByFflate } from './bundle-stubs.js';

type Pako = { deflate(data: Uint8Array): Uint8Array; inflate(data: Uint8Array): Uint8Array };
const fflatePako = pakoByFflate as Pako;
const text = (s: string) => new TextEncoder().encode(s);
const CONTENT = text(
  'BT /F1 11 Tf 72 770 Td (Referral pack) Tj ET\n'.repeat(200) + 'q 0.9 g 72 700 451 18 re f Q\n'.repeat(50),
);

describe('pako, as fflate', () => {
  it('compresses page content to zlib data that inflates back, smaller than it was', () => {
    const deflated = fflatePako.deflate(CONTENT);
    expect(deflated.length).toBeLessThan(CONTENT.length / 10);
    expect(inflateSync(deflated).equals(Buffer.from(CONTENT))).toBe(true);
  });

  it('inflates zlib data (how pdf-lib stores its standard font metrics)', () => {
    const metrics = text(
      JSON.stringify({ Courier: { widths: Array.from({ length: 300 }, (_, i) => i % 600) } }),
    );
    const inflated = fflatePako.inflate(deflateSync(metrics));
    expect(Buffer.from(inflated).equals(Buffer.from(metrics))).toBe(true);
  });

  it('fails loudly on data that is not zlib', () => {
    expect(() => fflatePako.inflate(text('not zlib data'))).toThrow();
  });
});

describe('the other stand-ins', () => {
  it('copies a font table deeply, and refuses PNG images', () => {
    const table = { version: 1, widths: [1, 2, 3] };
    const copy = (cloneTable as <T>(v: T) => T)(table);
    expect(copy).toEqual(table);
    expect(copy.widths).not.toBe(table.widths);
    expect(() => (noPng as { decode(): unknown }).decode()).toThrow(/PNG/);
  });
});
