// Stand-ins for parts of the PDF engine's libraries, put in their place in the app's bundle only (next.config.mjs,
// turbopack.resolveAlias), so that they stay out of the offline precache (issue 12): parts the pack never uses, each
// failing loudly rather than quietly if it is ever reached, and one library (pako) whose work fflate, already in the
// app, does. The Node tests run the real libraries; bundle-stubs.test.ts checks these, and the browser's PDF export
// is covered end to end (e2e/pack.spec.ts, e2e/offline.spec.ts).
import { unzlibSync, zlibSync } from 'fflate';

/** `brotli/decompress.js`: fontkit reads WOFF2 fonts with it; the pack ships WOFF 1 (scripts/subset-fonts.mjs). */
export function noBrotli() {
  // fontkit treats null as data it could not decode, and says so.
  return null;
}

/** `@pdf-lib/upng`: pdf-lib decodes PNG images with it; the pack embeds no images, only text. */
export const noPng = {
  decode() {
    throw new Error('PNG images are not part of the PDF pack');
  },
  toRGBA8() {
    throw new Error('PNG images are not part of the PDF pack');
  },
};

/**
 * `clone`: fontkit copies three small font tables (maxp, head, hhea: numbers and arrays) before writing a subset.
 * The browser's own deep copy does that without the package's Node `Buffer` shim (about 25 KB).
 */
export function cloneTable(value) {
  return structuredClone(value);
}

/**
 * `pako`: pdf-lib compresses its page streams with `pako.deflate` (zlib format) and reads its standard font metrics
 * with `pako.inflate`. fflate, already in the app for the pack's ZIP and the WOFF fonts, writes and reads the same
 * zlib format (level 6, pako's default), so pako's own 44 KB stay out of the offline precache.
 */
export const pakoByFflate = {
  deflate(data) {
    return zlibSync(data, { level: 6 });
  },
  inflate(data) {
    return unzlibSync(data);
  },
};
