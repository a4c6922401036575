// Measures the offline precache of the built export: every URL the service worker (out/sw.js) stores on install,
// with its raw and gzip bytes. Shared by e2e/budget.spec.ts (the budget) and scripts/bench.mjs (the figures).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The precache budget, raw bytes: 2.5 MB, decimal (2,500,000 bytes), as issue 12 counts (its "1.47 MB of PDF fonts"
 * is 1,468,640 bytes). The build first met it at about 2.49 MB: the PDF engine on fontkit 2 with what the pack never
 * uses left out, the PDF fonts subset and shipped as WOFF, each language's words stored once, and no page copy
 * nothing opens. The protected handover bundle (issue 14: the ZIP library's core and the BIP39 wordlists of three
 * languages), the charity figures and new words for the triage then brought it to 2,725,873 bytes, and these cuts
 * brought it back to 2,426,510 bytes with every feature still working offline before first use: pdf-lib compresses
 * with fflate (already in the app) instead of pako; fontkit is trimmed to what the pack fonts use
 * (scripts/lib/fontkit-trim-loader.mjs); pdf-lib's parser, stream decoders and form classes and zod's JSON Schema generator, which
 * the app never runs, are left out of its bundle (scripts/lib/pdf-lib-trim-loader.mjs,
 * scripts/lib/zod-json-schema-loader.mjs).
 */
export const PRECACHE_BUDGET_RAW = 2_500_000;

/** The precached files, largest first, and their total raw and gzip sizes. */
export function measurePrecache(outDir) {
  const sw = fs.readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\//, '')))];
  const files = urls
    .map((url) => {
      const bytes = fs.readFileSync(path.join(outDir, url));
      return { url, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, raw, gzip };
}
