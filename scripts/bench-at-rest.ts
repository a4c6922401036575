// Measures what encryption at rest costs a save: the largest example case, grown to 300 answers of a paragraph each,
// saved 200 times through the repository (sealed with AES-256-GCM under its case key, lib/persistence/codec.ts),
// 200 times as autosave saves changes (merged with the stored case), and 200 times the way version 2 stored it (a
// plain envelope put in one transaction), on the same in-memory IndexedDB (fake-indexeddb) in Node; and a 5 MiB evidence file stored and read back sealed. Prints medians and
// 95th percentiles; nothing is asserted. Node's Web Crypto on a laptop is not a phone's browser, so the same saves
// are then timed in Chromium, on a real IndexedDB, with the CPU slowed 4× (as Lighthouse does for a mid-range
// phone), the repository bundled with esbuild into a blank https page. Run: npx tsx scripts/bench-at-rest.ts
import 'fake-indexeddb/auto';

import fs from 'node:fs';
import path from 'node:path';

import { chromium } from '@playwright/test';
import { build } from 'esbuild';

import { parseCaseFile } from '@/lib/case/case-file';
import { createCaseRepository } from '@/lib/persistence/case-repository';
import { createDatabase } from '@/lib/persistence/db';
import type { StoredCase } from '@/lib/persistence/restore-case';
import { createEmptySession } from '@/lib/store/session';

import { CHROMIUM_ARGS, findBrowser } from './lib/browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = 200;

function largestExample(): StoredCase {
  const dir = path.join(ROOT, 'examples');
  const [largest] = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => path.join(dir, n))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  const parsed = parseCaseFile(fs.readFileSync(largest ?? '', 'utf8'));
  if (!parsed.ok) throw new Error('the example case did not parse');
  const answers = { ...parsed.case.answers };
  for (let i = 0; i < 300; i++)
    answers[`note_${i}`] = `Paragraph ${i}: what they said, when, and how much was sent – ção ñ ü. `.repeat(
      4,
    );
  return { case: { ...parsed.case, answers }, session: createEmptySession() };
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

const stored = largestExample();
const bytes = new TextEncoder().encode(JSON.stringify(stored)).length;
const db = createDatabase(`bench-at-rest-${Date.now()}`);
const repo = createCaseRepository(db);
await repo.saveCase(stored);

let n = 0;
const next = (): StoredCase => ({
  ...stored,
  case: { ...stored.case, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, (n += 1))).toISOString() },
});
// Alternating warm-up of both paths, so neither pays for the JIT alone.
for (let i = 0; i < 20; i++) {
  await repo.saveCase(next());
  const s = next();
  await db.cases.put({ id: s.case.id, updatedAt: s.case.updatedAt, format: 'plain', payload: s });
}
const sealed = await timed(() => repo.saveCase(next()));
// The autosave path: changes merged into the stored case (lib/persistence/connect-store.ts).
let base = (await repo.loadCase(stored.case.id))?.case ?? stored.case;
const changes = await timed(async () => {
  const mine = next();
  base = await repo.saveChanges(mine, base);
});
const plain = await timed(async () => {
  const s = next();
  await db.transaction('rw', db.cases, db.settings, async () => {
    await db.cases.put({ id: s.case.id, updatedAt: s.case.updatedAt, format: 'plain', payload: s });
    await db.settings.put({ key: 'current_case_id', value: s.case.id });
  });
});
console.log(`case of ${(bytes / 1024).toFixed(0)} KiB as JSON, ${ROUNDS} saves each:`);
console.log(`  sealed (AES-256-GCM, this version)  ${stats(sealed)}`);
console.log(`  sealed, as autosave saves changes   ${stats(changes)}`);
console.log(`  plain envelope (version 2)          ${stats(plain)}`);

const file = new Uint8Array(5 * 1024 * 1024).map((_, i) => i & 0xff);
const put: number[] = [];
const get: number[] = [];
for (let i = 0; i < 10; i++) {
  let start = performance.now();
  await repo.putEvidenceFile({
    id: 'ev_bench',
    caseId: stored.case.id,
    blob: new Blob([file], { type: 'video/mp4' }),
    sha256: '0'.repeat(64),
    sizeBytes: file.length,
    addedAt: new Date().toISOString(),
  });
  put.push(performance.now() - start);
  start = performance.now();
  await (await repo.getEvidenceFile('ev_bench'))?.blob.arrayBuffer();
  get.push(performance.now() - start);
}
console.log(`evidence file of 5 MiB (5 sealed pieces), 10 rounds:`);
console.log(`  store ${stats(put)}; read back ${stats(get)}`);
db.close();

// The same three kinds of save, in the browser.
const HARNESS = `
import { mergeCases } from './lib/case/merge-cases.ts';
import { createCaseRepository } from './lib/persistence/case-repository.ts';
import { createDatabase } from './lib/persistence/db.ts';
import { restoreStoredCase } from './lib/persistence/restore-case.ts';

globalThis.__benchAtRest = async ({ stored, rounds }) => {
  const db = createDatabase('bench-at-rest');
  const repo = createCaseRepository(db);
  await repo.saveCase(stored);
  let n = 0;
  const next = () => ({
    ...stored,
    case: { ...stored.case, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, (n += 1))).toISOString() },
  });
  const timed = async (run) => {
    const ms = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await run();
      ms.push(performance.now() - start);
    }
    return ms;
  };
  for (let i = 0; i < 10; i++) await repo.saveCase(next());
  const sealed = await timed(() => repo.saveCase(next()));
  let base = (await repo.loadCase(stored.case.id)).case;
  const changes = await timed(async () => { base = await repo.saveChanges(next(), base); });
  const plain = await timed(async () => {
    const s = next();
    await db.transaction('rw', db.cases, db.settings, async () => {
      await db.cases.put({ id: s.case.id, updatedAt: s.case.updatedAt, format: 'plain', payload: s });
      await db.settings.put({ key: 'current_case_id', value: s.case.id });
    });
  });
  // What version 2's saveChanges did: read, restore and merge inside the transaction, then put the plain envelope.
  let oldBase = stored.case;
  const oldChanges = await timed(async () => {
    const mine = next();
    oldBase = await db.transaction('rw', db.cases, db.settings, async () => {
      const row = await db.cases.get(mine.case.id);
      const restored = restoreStoredCase(row.payload);
      const merged = restored.ok ? mergeCases(oldBase, mine.case, restored.value.case) : mine.case;
      const payload = { ...mine, case: merged };
      await db.cases.put({ id: merged.id, updatedAt: merged.updatedAt, format: 'plain', payload });
      await db.settings.put({ key: 'current_case_id', value: merged.id });
      return merged;
    });
  });
  db.close();
  return { sealed, changes, plain, oldChanges, userAgent: navigator.userAgent };
};
`;

const found = await findBrowser();
if (found === null) {
  console.log('(no Chromium found: the browser figures are left out)');
} else {
  const bundled = await build({
    stdin: { contents: HARNESS, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-at-rest-harness.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // A blank page on a secure origin of its own (Web Crypto needs one), answered without any server.
    await page.route('https://bench.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('https://bench.invalid/');
    await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? '' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const results = await page.evaluate<{
      sealed: number[];
      changes: number[];
      plain: number[];
      oldChanges: number[];
    }>(`globalThis.__benchAtRest(${JSON.stringify({ stored, rounds: 100 })})`);
    console.log(`In Chromium ${browser.version()}, CPU slowed 4×, 100 saves each:`);
    console.log(`  sealed (AES-256-GCM, this version)  ${stats(results.sealed)}`);
    console.log(`  sealed, as autosave saves changes   ${stats(results.changes)}`);
    console.log(`  plain envelope (version 2)          ${stats(results.plain)}`);
    console.log(`  version 2's save of changes         ${stats(results.oldChanges)}`);
  } finally {
    await browser.close();
  }
}
