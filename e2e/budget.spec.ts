import { expect, test } from '@playwright/test';

import { FIRST_LOAD_BUDGET_GZIP, kb, measureAll } from '../scripts/lib/first-load.mjs';
import { PRECACHE_BUDGET_RAW, measurePrecache } from '../scripts/lib/precache.mjs';

test('the JavaScript each page loads before it is interactive stays within 200 KB gzip', () => {
  const routes = measureAll('out');
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/en/', '/es/', '/pt/']));
  for (const r of routes) console.log(`first-load JS ${r.route}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip`);
  const over = routes.filter((r) => r.gzip > FIRST_LOAD_BUDGET_GZIP).map((r) => `${r.route} ${kb(r.gzip)}`);
  expect(over).toEqual([]);
});

// Issue 12: the precache stays within 2.5 MB raw (2,500,000 bytes; scripts/lib/precache.mjs says what keeps it there
// now that the handover bundle and the charity figures also work offline).
test('the offline precache stays within its budget, holds the PDF fonts subset, and no route payloads', () => {
  const { files, raw, gzip } = measurePrecache('out');
  console.log(`precache: ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip`);
  expect(raw).toBeLessThanOrEqual(PRECACHE_BUDGET_RAW);
  const urls = files.map((f) => f.url);
  expect(urls).toEqual(expect.arrayContaining(['fonts/DejaVuSans.woff', 'fonts/DejaVuSans-Bold.woff']));
  // The full fonts are not shipped: only their subsets, compressed.
  expect(urls.filter((u) => u.endsWith('.ttf'))).toEqual([]);
  for (const font of files.filter((f) => f.url.endsWith('.woff'))) expect(font.raw).toBeLessThan(150 * 1024);
  expect(urls.filter((u) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(u))).toEqual([]);
});
