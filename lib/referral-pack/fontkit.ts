/**
 * The font engine behind the PDF pack: fontkit 2 (foliojs), handed to pdf-lib through this small adapter.
 *
 * pdf-lib was written against its own fork of fontkit 1 (`@pdf-lib/fontkit`), a single 714 KB bundle that carries
 * iconv-lite's Chinese, Japanese and Korean code page tables and a Node `Buffer` shim; fontkit 2 reads the same
 * fonts with ES modules and `TextDecoder`, so the PDF engine's chunk is about half the size (issue 12: the offline
 * precache). The one difference pdf-lib meets is the subset writer: fontkit 1 gave a stream (`encodeStream()`),
 * fontkit 2 gives the bytes (`encode()`); the adapter gives pdf-lib the stream it expects.
 * Only TrueType fonts are embedded (the build ships DejaVu Sans as TrueType), so the WOFF2 decoder fontkit would
 * load for `.woff2` files is left out of the app's bundle (next.config.mjs points `brotli/decompress.js` at a stub).
 */
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

/** Parses a TrueType/OpenType font from its bytes (the same object pdf-lib gets). */
export function createFont(bytes: Uint8Array): FontkitFont {
  const font = fontkit2.create(bytes) as FontkitFont & {
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
