// A bundle written by the app opens in 7-Zip with its passphrase, and SHA256SUMS checks out on what 7-Zip
// unpacks. Never skipped: without 7-Zip this fails and says how to get it (scripts/ensure-7zip.mjs, run by
// `npm run test:unit`).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findSevenZip } from '@/scripts/lib/seven-zip.mjs';

import { generatePassphrase } from './passphrase';
import { caseWithEvidence, casesWithEvidence } from './testing';
import { writeBackupBundle, writeHandoverBundle } from './write-bundle';

const sevenZip = findSevenZip();
let dir: string;
let bundlePath: string;
let backupPath: string;
let passphrase: string;

beforeAll(async () => {
  if (!sevenZip)
    throw new Error(
      '7-Zip is needed for this test: run `node scripts/ensure-7zip.mjs` (Debian: apt-get install -y 7zip).',
    );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-7z-'));
  passphrase = generatePassphrase('pt');
  const { caseData, evidence } = await caseWithEvidence(['conversa no whatsapp.png', 'extrato.pdf']);
  const zip = await writeHandoverBundle({ caseData, evidence, passphrase });
  bundlePath = path.join(dir, 'bundle.zip');
  fs.writeFileSync(bundlePath, zip);
  backupPath = path.join(dir, 'backup.zip');
  fs.writeFileSync(backupPath, await writeBackupBundle({ cases: await casesWithEvidence(3), passphrase }));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => spawnSync(sevenZip ?? '7zz', args, { encoding: 'utf8' });

describe('7-Zip and a bundle written by the app', () => {
  it('lists every entry as AES-256 encrypted', () => {
    const listed = run(['l', '-slt', `-p${passphrase}`, bundlePath]);
    expect(listed.status, listed.stderr).toBe(0);
    const paths = [...listed.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]).slice(1);
    expect(paths.sort()).toEqual(
      [
        'SHA256SUMS',
        'case.json',
        'evidence/ev_1/conversa no whatsapp.png',
        'evidence/ev_2/extrato.pdf',
      ].sort(),
    );
    const methods = [...listed.stdout.matchAll(/^Method = (.+)$/gm)].map((m) => m[1]);
    expect(methods).toHaveLength(4);
    for (const method of methods) expect(method).toMatch(/^AES-256/);
  });

  it('tests the bundle as sound with the passphrase, and refuses a wrong one', () => {
    const good = run(['t', `-p${passphrase}`, bundlePath]);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toContain('Everything is Ok');
    const bad = run(['t', '-pnot the passphrase', bundlePath]);
    expect(bad.status).not.toBe(0);
  });

  it('unpacks files whose hashes match SHA256SUMS', () => {
    const out = path.join(dir, 'out');
    execFileSync(sevenZip ?? '7zz', ['x', `-p${passphrase}`, `-o${out}`, bundlePath], { stdio: 'pipe' });
    const lines = fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      const actual = createHash('sha256')
        .update(fs.readFileSync(path.join(out, file)))
        .digest('hex');
      expect(actual, file).toBe(hash);
    }
  });
});

describe('7-Zip and a backup written by the app', () => {
  it('lists a folder per case, every entry AES-256 encrypted', () => {
    const listed = run(['l', '-slt', `-p${passphrase}`, backupPath]);
    expect(listed.status, listed.stderr).toBe(0);
    const paths = [...listed.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]).slice(1);
    const [one, two, three] = [1, 2, 3].map(
      (n) => `cases/11111111-2222-4333-8444-${String(n).padStart(12, '0')}`,
    );
    expect(paths.sort()).toEqual(
      [
        'SHA256SUMS',
        `${one}/case.json`,
        `${one}/evidence/ev_1/file 1-1.png`,
        `${two}/case.json`,
        `${two}/evidence/ev_1/file 2-1.png`,
        `${two}/evidence/ev_2/file 2-2.png`,
        `${three}/case.json`,
      ].sort(),
    );
    const methods = [...listed.stdout.matchAll(/^Method = (.+)$/gm)].map((m) => m[1]);
    expect(methods).toHaveLength(7);
    for (const method of methods) expect(method).toMatch(/^AES-256/);
  });

  it('tests the backup as sound with the passphrase, refuses a wrong one, and every file matches SHA256SUMS', () => {
    const good = run(['t', `-p${passphrase}`, backupPath]);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toContain('Everything is Ok');
    expect(run(['t', '-pnot the passphrase', backupPath]).status).not.toBe(0);
    const out = path.join(dir, 'backup-out');
    execFileSync(sevenZip ?? '7zz', ['x', `-p${passphrase}`, `-o${out}`, backupPath], { stdio: 'pipe' });
    const lines = fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      const actual = createHash('sha256')
        .update(fs.readFileSync(path.join(out, file)))
        .digest('hex');
      expect(actual, file).toBe(hash);
    }
  });
});
