// Measures the offline precache of the built export: every URL the service worker (out/sw.js) stores on install,
// with its raw and gzip bytes. Shared by e2e/budget.spec.ts (the budget) and scripts/bench.mjs (the figures).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The precache budget, raw bytes. Issue 12 asks for 2.5 MB (decimal, as the issue counts: its "1.47 MB of PDF fonts"
 * is 1,468,640 bytes), and the build met it at about 2.49 MB: the PDF engine on fontkit 2 with what the pack never
 * uses left out, the PDF fonts subset and shipped as WOFF, each language's words stored once, and no page copy
 * nothing opens. Features that must also work offline then came on top, so the line is held at 2.75 MB until they
 * are made smaller (issue 12 stays open on this point): the protected handover bundle (issue 14: the ZIP library's
 * core, 62 KB, and the BIP39 wordlists of three languages, 44 KB), the charity figures (about 22 KB) and new words
 * for the triage's questions and steps.
 */
export const PRECACHE_BUDGET_RAW = 2_750_000;

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
