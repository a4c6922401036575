/**
 * The font engine behind the PDF pack: fontkit 2 (foliojs), handed to pdf-lib through this small adapter.
 *
 * pdf-lib was written against its own fork of fontkit 1 (`@pdf-lib/fontkit`), a single 714 KB bundle that carries
 * iconv-lite's Chinese, Japanese and Korean code page tables and a Node `Buffer` shim; fontkit 2 reads the same
 * fonts with ES modules and `TextDecoder`, so the PDF engine's chunk is about half the size (issue 12: the offline
 * precache). The one difference pdf-lib meets is the subset writer: fontkit 1 gave a stream (`encodeStream()`),
 * fontkit 2 gives the bytes (`encode()`); the adapter gives pdf-lib the stream it expects.
 * Only TrueType fonts are embedded (the build ships DejaVu Sans as TrueType), so the WOFF2 decoder fontkit would
 * load for `.woff2` files is left out of the app's bundle (next.config.mjs; lib/referral-pack/pdf/bundle-stubs.js),
 * and so is the rest of fontkit those two fonts never need (scripts/lib/fontkit-trim-loader.mjs).
 */
import { unzlibSync } from 'fflate';
import * as fontkit2 from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** The parts of a fontkit font the pack reads for its own measuring. */
export type FontkitFont = {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
};

type Subset = {
  encode(): Uint8Array;
  encodeStream?: () => SubsetStream;
};

type SubsetStream = {
  on(event: 'data' | 'end' | 'error', listener: (value?: unknown) => void): SubsetStream;
};

/** A stream-shaped view of bytes already encoded: pdf-lib listens for `data`, `end` and `error` in that order. */
export function bytesAsStream(encode: () => Uint8Array): SubsetStream {
  const listeners: Record<string, ((value?: unknown) => void)[]> = { data: [], end: [], error: [] };
  const stream: SubsetStream = {
    on(event, listener) {
      listeners[event]?.push(listener);
      return stream;
    },
  };
  // pdf-lib attaches its listeners in the same turn, so the bytes go out on the next microtask.
  queueMicrotask(() => {
    let bytes: Uint8Array;
    try {
      bytes = encode();
    } catch (error) {
      for (const l of listeners.error ?? []) l(error);
      return;
    }
    for (const l of listeners.data ?? []) l(bytes);
    for (const l of listeners.end ?? []) l();
  });
  return stream;
}

const tagOf = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/**
 * Unpacks a WOFF 1 font (how the app ships its fonts: scripts/lib/subset-fonts.mjs) into the TrueType font it wraps:
 * the same tables, inflated, behind a TrueType header. fontkit could read WOFF itself, but it inflates a table
 * again on every read (the glyph table once per glyph), which made a pack take minutes; once here, it is
 * milliseconds. Any other font is returned as it is.
 */
export function unwrapWoff(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 44 || tagOf(bytes, 0) !== 'wOFF') return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(stored) : stored;
    if (data.length !== origLength) throw new RangeError('A WOFF table does not inflate to its length');
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
  });
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector += 1;
  }
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange * 16);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    outView.setUint32(at, t.tag);
    outView.setUint32(at + 4, t.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/** Parses a TrueType/OpenType font from its bytes, bare or as WOFF (the same object pdf-lib gets). */
export function createFont(bytes: Uint8Array): FontkitFont {
  const font = fontkit2.create(unwrapWoff(bytes)) as FontkitFont & {
    createSubset(): Subset;
  };
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    subset.encodeStream = () => bytesAsStream(() => subset.encode());
    return subset;
  };
  return font;
}

/** What `PDFDocument.registerFontkit` takes. */
export const pdfFontkit = { create: createFont } as unknown as Parameters<PDFDocument['registerFontkit']>[0];
