import { expect, test } from '@playwright/test';

import { FIRST_LOAD_BUDGET_GZIP, kb, measureAll } from '../scripts/lib/first-load.mjs';

test('the JavaScript each page loads before it is interactive stays within 230 KB gzip', () => {
  const routes = measureAll('out');
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/en/', '/es/', '/pt/']));
  for (const r of routes) console.log(`first-load JS ${r.route}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip`);
  const over = routes.filter((r) => r.gzip > FIRST_LOAD_BUDGET_GZIP).map((r) => `${r.route} ${kb(r.gzip)}`);
  expect(over).toEqual([]);
});
