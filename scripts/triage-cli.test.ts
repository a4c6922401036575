import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runTriageCli } from './triage-cli';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOW = '2026-03-04T15:00:00Z';

function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runTriageCli(args, {
    readFile: (file) => {
      if (Object.hasOwn(files, file)) return files[file] ?? '';
      return readFileSync(path.join(ROOT, file), 'utf8');
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date(NOW),
    describeFileError: (error) => `${error.path}: ${error.code}`,
  });
  return { code, stdout, stderr };
}

describe('npm run triage', () => {
  it('prints the assessment of a case file as JSON', () => {
    const { code, stdout, stderr } = run(['examples/es-hi-mum-bizum.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result: unknown = JSON.parse(stdout);
    expect(result).toMatchObject({ urgency: { level: 'urgent' } });
    expect((result as { actions: { id: string }[] }).actions[0]?.id).toBe('call_bank_now');
  });

  it('uses --now for the time windows', () => {
    const later = run(['--now', '2026-06-01T00:00:00Z', 'examples/es-hi-mum-bizum.json']);
    expect(JSON.parse(later.stdout)).toMatchObject({ urgency: { level: 'soon' } });
  });

  it('prints an array with the file names when several files are given', () => {
    const { code, stdout } = run(['examples/es-hi-mum-bizum.json', 'examples/gb-account-takeover.json']);
    expect(code).toBe(0);
    const parsed: unknown = JSON.parse(stdout);
    expect(Array.isArray(parsed) && parsed.map((p: { file?: string }) => p.file)).toEqual([
      'examples/es-hi-mum-bizum.json',
      'examples/gb-account-takeover.json',
    ]);
  });

  it('exits 1 with the plain message on stderr for an invalid file', () => {
    const bad = JSON.stringify({
      ...JSON.parse(readFileSync(path.join(ROOT, 'examples/es-hi-mum-bizum.json'), 'utf8')),
      payments: [{ id: 'p', amount: 'lots' }],
    });
    const { code, stdout, stderr } = run(['bad.json'], { 'bad.json': bad });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('bad.json: payments[0].amount: expected_number\n');
  });

  it('exits 1 when a file cannot be opened, and still assesses the others', () => {
    const { code, stdout, stderr } = run(['missing.json', 'examples/gb-account-takeover.json']);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.json: the file could not be opened');
    expect(stdout).toContain('gb-account-takeover.json');
  });

  it('explains which rules fired and why, in English', () => {
    const { code, stdout } = run(['--explain', 'examples/es-hi-mum-bizum.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('Urgency: urgent, set by urgency_money_sent_72h_bank');
    expect(stdout).toContain('- urgency_money_sent_72h_bank');
    expect(stdout).toContain(
      'because: money was sent in the last 72 hours [money_sent_last_72_hours, from money_last_sent, payments]',
    );
    expect(stdout).toContain('source: ');
    expect(stdout).toContain('- offence_unc13_deception');
  });

  it('says it migrated an older case file', () => {
    const v1: unknown = JSON.parse(
      readFileSync(path.join(ROOT, 'examples/gb-account-takeover.json'), 'utf8'),
    );
    const old = JSON.stringify({ ...(typeof v1 === 'object' ? v1 : {}), schemaVersion: 1 });
    const { code, stderr } = run(['old.json'], { 'old.json': old });
    expect(code).toBe(0);
    expect(stderr).toBe('old.json: read a version 1 case file\n');
  });

  it('refuses unknown options and a missing file name', () => {
    expect(run(['--fast', 'x.json']).code).toBe(1);
    expect(run([]).stderr).toContain('Usage:');
    expect(run(['--now', 'yesterday', 'x.json']).stderr).toContain('--now');
    expect(run(['--help']).code).toBe(0);
  });
});

describe('the command line prints referrals too', () => {
  const run = (args: string[]) => {
    let out = '';
    const code = runTriageCli(args, {
      readFile: (p) => readFileSync(path.resolve(ROOT, p), 'utf8'),
      stdout: (t) => (out += t),
      stderr: () => undefined,
      now: () => new Date('2026-11-23T10:00:00Z'),
      describeFileError: (error) => error.code,
    });
    return { code, out };
  };

  it('lists the selected services with id, kind, name, phone, address, verification and reasons', () => {
    const { code, out } = run(['examples/br-pix-fake-bank-call.json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      referrals: { id: string; kind: string; verification: string; reasons: string[] }[];
    };
    expect(parsed.referrals.length).toBeGreaterThan(2);
    expect(parsed.referrals.every((r) => r.id && r.kind && r.verification && Array.isArray(r.reasons))).toBe(
      true,
    );
    expect(parsed.referrals.some((r) => r.id.startsWith('br_'))).toBe(true);
  });

  it('adds the referral lines, with the check mark where needed, to --explain', () => {
    const { out } = run(['--explain', 'examples/ca-fund-recovery.json']);
    expect(out).toContain('Referrals:');
    expect(out).toMatch(/^ {2}1\. ca_\w+ \| /m);
    expect(out).toMatch(/partial \(CHECK BEFORE RELYING ON THIS\)/);
  });
});
