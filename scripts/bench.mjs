// Prints the project's measured figures (nothing is asserted here): first-load JavaScript per route, the precache
// size, and each benchmark module's figures, including scripts/bench-web.ts (Lighthouse beside a bare Next.js page,
// JavaScript per route and per journey, time to an interactive first question with the CPU slowed 4×, page heights;
// BENCH_ROUNDS=3 for three alternating Lighthouse rounds, BENCH_LIGHTHOUSE=0 to skip Lighthouse, BENCH_GZIP=0 to
// serve without gzip).
// Builds the app first if out/ is missing.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { kb, measureAll } from './lib/first-load.mjs';
import { measurePrecache } from './lib/precache.mjs';

const OUT = 'out';

function section(title) {
  console.log(`\n## ${title}`);
}

if (!fs.existsSync(path.join(OUT, 'sw.js'))) {
  console.log('out/ has no build yet: running npm run build first.');
  execSync('npm run build', { stdio: 'inherit' });
}

section('First-load JavaScript per route (before the page is interactive)');
for (const r of measureAll(OUT)) {
  console.log(
    `${r.route.padEnd(24)} ${String(r.scripts).padStart(2)} scripts  ${kb(r.raw).padStart(10)} raw  ${kb(r.gzip).padStart(9)} gzip`,
  );
}

section('Offline precache');
const precache = measurePrecache(OUT);
console.log(
  `${precache.files.length} files, ${kb(precache.raw)} raw (${(precache.raw / 1024 / 1024).toFixed(2)} MB), ${kb(precache.gzip)} gzip`,
);
for (const f of precache.files.slice(0, 8)) console.log(`  ${kb(f.raw).padStart(10)}  ${f.url}`);

// Each module prints its own lines; a missing module is reported, never silently skipped.
const MODULES = [
  'scripts/bench-assess.ts',
  'scripts/bench-pack.ts',
  'scripts/bench-bundle.ts',
  'scripts/bench-browser.ts',
  'scripts/bench-typing.ts',
  'scripts/bench-case-list.ts',
  'scripts/bench-at-rest.ts',
  'scripts/bench-unlock.ts',
  'scripts/bench-web.ts',
];
for (const mod of MODULES) {
  if (!fs.existsSync(mod)) {
    console.log(`\n(${mod} not present yet)`);
    continue;
  }
  section(path.basename(mod, '.ts'));
  execSync(`npx tsx ${mod}`, { stdio: 'inherit' });
}
