import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BUNDLE_PATHS,
  BundleTooLargeError,
  EvidenceMismatchError,
  buildBundle,
  planBundleManifest,
  type EvidenceFile,
} from './bundle';
import { toCsv } from './csv';
import { isSafeRelativePath } from './sha256sums';
import { renderPackPdf } from '../pdf/render-pdf';
import { sha256Hex } from './sha256';
import { extractPdfText } from '../testing/extract-pdf-text';
import { readPackFonts } from '../testing/read-pack-fonts';
import { buildSampleDocument } from '../testing/sample-document';

const GENERATED_AT = new Date('2026-03-01T10:15:00Z');

async function makeEvidence(name: string, bytes: Uint8Array, id = name): Promise<EvidenceFile> {
  return { id, fileName: name, expectedSha256: await sha256Hex(bytes), bytes };
}

function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

// Unpacks a ZIP into a fresh folder, refusing any entry that would land outside it.
function unpack(zip: Uint8Array, dir: string): Record<string, Uint8Array> {
  const files = unzipSync(zip);
  for (const [name, bytes] of Object.entries(files)) {
    expect(isSafeRelativePath(name), name).toBe(true);
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return files;
}

// Deep-equal on large typed arrays is slow in vitest; compare bytes directly.
function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

function sha256sumCheck(dir: string, manifest: string): string {
  // No fallback: if sha256sum is missing the test must fail, not pass quietly.
  return execFileSync('sha256sum', ['--check', '--strict', manifest], { cwd: dir, encoding: 'utf8' });
}

describe('buildBundle', () => {
  let dir: string;
  let evidence: EvidenceFile[];
  const caseJson = JSON.stringify(
    { reference: 'HB-2026-0042', note: '<script>alert(1)</script> João 🦊' },
    null,
    2,
  );
  const paymentsCsv = toCsv(['date', 'amount', 'note'], [['2026-02-01', 120, '=HYPERLINK("x")']], {
    bom: true,
  });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pack-bundle-'));
    evidence = [
      await makeEvidence('screenshot.png', randomBytes(200_000, 1), 'ev_1'),
      await makeEvidence('screenshot.png', randomBytes(1_000, 2), 'ev_2'),
      await makeEvidence('../../etc/passwd', new TextEncoder().encode('not really'), 'ev_3'),
      await makeEvidence('conversa com João — Москва.txt', new TextEncoder().encode('olá\r\n'), 'ev_4'),
      await makeEvidence('line\nbreak and back\\slash.pdf', new Uint8Array(0), 'ev_5'),
    ];
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a ZIP that sha256sum -c verifies, with the manifest hash printed on the PDF cover', async () => {
    const fonts = await readPackFonts();
    const progress: [number, number][] = [];
    let printedHash = '';
    const bundle = await buildBundle({
      caseJson,
      paymentsCsv,
      readme: 'Verify with: sha256sum -c SHA256SUMS\n',
      evidence,
      generatedAt: GENERATED_AT,
      renderPdf: async (plan) => {
        printedHash = plan.manifestSha256;
        return renderPackPdf(
          buildSampleDocument({ payments: 3, identifiers: 2, evidence: 5 }, plan.manifestSha256),
          fonts,
        );
      },
      onProgress: (done, total) => progress.push([done, total]),
    });

    const files = unpack(bundle.zip, dir);
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'SHA256SUMS',
      'case.json',
      'evidence/001-screenshot.png',
      'evidence/002-screenshot.png',
      'evidence/003-_.._etc_passwd',
      'evidence/004-conversa com João — Москва.txt',
      'evidence/005-linebreak and back_slash.pdf',
      'pack.pdf',
      'pack.pdf.sha256',
      'payments.csv',
    ]);
    const report = sha256sumCheck(dir, BUNDLE_PATHS.manifest);
    expect(report.trim().split('\n')).toHaveLength(8);
    expect(report).not.toMatch(/FAILED/);
    expect(sha256sumCheck(dir, BUNDLE_PATHS.pdfSum)).toBe('pack.pdf: OK\n');

    // The cover's hash is the hash of SHA256SUMS as shipped, and the PDF really prints it.
    const manifestBytes = readFileSync(path.join(dir, 'SHA256SUMS'));
    expect(await sha256Hex(new Uint8Array(manifestBytes))).toBe(bundle.manifestSha256);
    expect(printedHash).toBe(bundle.manifestSha256);
    expect((await extractPdfText(files['pack.pdf'] ?? new Uint8Array())).pages[0]).toContain(
      bundle.manifestSha256,
    );

    // Evidence comes out byte for byte; text files as given.
    evidence.forEach((file, index) => {
      const stored = Object.entries(files).find(([name]) => name.startsWith(`evidence/00${index + 1}-`));
      expect(sameBytes(stored?.[1], file.bytes), file.fileName).toBe(true);
    });
    expect(new TextDecoder().decode(files['case.json'])).toBe(caseJson);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['payments.csv'])).toBe(paymentsCsv);

    // Progress climbs one step at a time to its total.
    const total = progress[0]?.[1] ?? 0;
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, index) => index));
  });

  it('detects tampering after unpacking (the check is not vacuous)', async () => {
    const bundle = await buildBundle({ caseJson, paymentsCsv, evidence, generatedAt: GENERATED_AT });
    const tamperDir = mkdtempSync(path.join(dir, 'tamper-'));
    unpack(bundle.zip, tamperDir);
    writeFileSync(path.join(tamperDir, 'case.json'), `${caseJson} `);
    const result = spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: tamperDir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('case.json: FAILED');
    expect(result.stdout).toContain('evidence/001-screenshot.png: OK');
  });

  it('plans the same manifest before rendering as the bundle ships', async () => {
    const plan = await planBundleManifest({ caseJson, paymentsCsv, evidence });
    const bundle = await buildBundle({ caseJson, paymentsCsv, evidence, generatedAt: GENERATED_AT });
    expect(bundle.manifest).toBe(plan.manifest);
    expect(bundle.manifestSha256).toBe(plan.manifestSha256);
    expect(bundle.pdfSha256).toBeNull();
    expect(Object.keys(unzipSync(bundle.zip))).not.toContain('pack.pdf');
  });

  it('is reproducible: same input and time give the same ZIP', async () => {
    const first = await buildBundle({ caseJson, paymentsCsv, evidence, generatedAt: GENERATED_AT });
    const second = await buildBundle({ caseJson, paymentsCsv, evidence, generatedAt: GENERATED_AT });
    expect(sameBytes(second.zip, first.zip)).toBe(true);
  });

  it('stops with EvidenceMismatchError when one byte of an evidence file changed, and makes nothing', async () => {
    const changed = evidence.map((file) => ({ ...file, bytes: file.bytes.slice() }));
    const target = changed[1];
    if (target === undefined) throw new Error('fixture missing');
    target.bytes[500] = (target.bytes[500] ?? 0) ^ 0x01;
    let rendered = false;
    const attempt = buildBundle({
      caseJson,
      paymentsCsv,
      evidence: changed,
      generatedAt: GENERATED_AT,
      renderPdf: () => {
        rendered = true;
        return Promise.resolve(new Uint8Array());
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(EvidenceMismatchError);
    const error = (await attempt.catch((caught: unknown) => caught)) as EvidenceMismatchError;
    expect(error.mismatches).toEqual([
      {
        id: 'ev_2',
        fileName: 'screenshot.png',
        expected: evidence[1]?.expectedSha256,
        actual: await sha256Hex(target.bytes),
      },
    ]);
    expect(error.code).toBe('evidence_mismatch');
    expect(rendered).toBe(false);
  });

  it('refuses a bundle past the ZIP format limits before doing any work', async () => {
    // A stand-in for a 5 GB video: only its length is read before the refusal.
    const huge = Object.defineProperty(new Uint8Array(0), 'length', { value: 5_000_000_000 });
    const attempt = buildBundle({
      caseJson,
      paymentsCsv,
      evidence: [{ id: 'ev_big', fileName: 'video.mp4', expectedSha256: 'a'.repeat(64), bytes: huge }],
      generatedAt: GENERATED_AT,
    });
    await expect(attempt).rejects.toBeInstanceOf(BundleTooLargeError);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildBundle({ caseJson, paymentsCsv, evidence, generatedAt: GENERATED_AT, signal: controller.signal }),
    ).rejects.toThrow();
  });
});
