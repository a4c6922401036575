import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

import { serializeCaseFile } from '@/lib/case/case-file';
import { CASE_SCHEMA_VERSION } from '@/lib/case/schema';
import { buildSha256Sums } from '@/lib/referral-pack/exports/sha256sums';
import { sha256Hex, sha256HexOfText } from '@/lib/referral-pack/exports/sha256';

import { checkBundleSize, MAX_BUNDLE_BYTES, MAX_BUNDLE_ENTRIES } from './bundle-format';
import { inspectBundle, readHandoverBundle } from './read-bundle';
import { caseWithEvidence, pseudoRandomBytes } from './testing';
import { writeHandoverBundle } from './write-bundle';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
const AT = new Date('2026-11-20T12:00:00.000Z');

async function sample() {
  const { caseData, evidence } = await caseWithEvidence();
  const zip = await writeHandoverBundle({ caseData, evidence, passphrase: PASS, generatedAt: AT });
  return { caseData, evidence, zip };
}

/** A bundle built by hand (fflate), for layouts the app itself never writes. */
function handmade(files: Record<string, Uint8Array>, level: 0 | 9 = 0): Uint8Array {
  return zipSync(files, { level, mtime: AT });
}

async function validParts() {
  const { caseData, evidence } = await caseWithEvidence(['a.png']);
  const caseText = serializeCaseFile(caseData);
  const file = evidence[0]!;
  const evidencePath = `evidence/${file.id}/a.png`;
  const manifest = buildSha256Sums([
    { path: 'case.json', sha256: await sha256HexOfText(caseText) },
    { path: evidencePath, sha256: file.sha256 },
  ]);
  return { caseData, caseText, file, evidencePath, manifest };
}

describe('a handover bundle', () => {
  it('round trip: the same case and byte-identical evidence with the same hashes', async () => {
    const { caseData, evidence, zip } = await sample();
    expect(await inspectBundle(zip)).toEqual({ ok: true, encrypted: true });
    const read = await readHandoverBundle(zip, { passphrase: PASS });
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(read.case).toEqual(caseData);
    expect(read.encrypted).toBe(true);
    expect(read.evidence.map((e) => e.id).sort()).toEqual(evidence.map((e) => e.id).sort());
    for (const file of evidence) {
      const back = read.evidence.find((e) => e.id === file.id)!;
      expect(back.bytes).toEqual(file.bytes);
      expect(await sha256Hex(back.bytes)).toBe(file.sha256);
      expect(back.sha256).toBe(file.sha256);
    }
  });

  it('is encrypted: neither the case text nor the evidence bytes appear in the file', async () => {
    const { zip, evidence } = await sample();
    const asText = new TextDecoder('latin1').decode(zip);
    expect(asText).toContain('SHA256SUMS'); // names are visible in a ZIP, contents are not
    expect(asText).not.toContain('Handover test');
    const probe = new TextDecoder('latin1').decode(evidence[0]!.bytes.slice(100, 140));
    expect(asText).not.toContain(probe);
  });

  it('accepts the passphrase typed with extra spaces or another Unicode form', async () => {
    const { caseData, evidence } = await caseWithEvidence(['x.png']);
    const zip = await writeHandoverBundle({ caseData, evidence, passphrase: 'caña azúcar', generatedAt: AT });
    const typed = `  ${'caña'.normalize('NFD')}   azúcar `;
    expect((await readHandoverBundle(zip, { passphrase: typed })).ok).toBe(true);
  });

  it('can be unprotected, and then opens without a passphrase', async () => {
    const { caseData, evidence } = await caseWithEvidence();
    const zip = await writeHandoverBundle({ caseData, evidence, passphrase: null, generatedAt: AT });
    expect(await inspectBundle(zip)).toEqual({ ok: true, encrypted: false });
    const read = await readHandoverBundle(zip);
    expect(read.ok && read.case).toEqual(caseData);
  });

  it('asks for the passphrase when none is given', async () => {
    const { zip } = await sample();
    expect(await readHandoverBundle(zip)).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'needs_passphrase' },
    });
  });

  it('gives the same calm code for every wrong passphrase', async () => {
    const { zip } = await sample();
    for (const wrong of ['wrong', PASS.toUpperCase(), `${PASS} x`, 'ocean', '1234567890'.repeat(20)]) {
      expect(await readHandoverBundle(zip, { passphrase: wrong }), wrong).toEqual({
        ok: false,
        refusal: { kind: 'bundle', code: 'wrong_passphrase' },
      });
    }
  });

  it('refuses a file too large by its size alone, before reading it', () => {
    expect(checkBundleSize(MAX_BUNDLE_BYTES + 1)).toBe('bundle_too_large');
    expect(checkBundleSize(0)).toBe('bundle_empty');
    expect(checkBundleSize(MAX_BUNDLE_BYTES)).toBeNull();
  });

  it('refuses a ZIP bomb (an entry that expands far beyond its packed size) before unpacking it', async () => {
    const { manifest } = await validParts();
    const bomb = handmade(
      { 'case.json': new Uint8Array(50 * 1024 * 1024), SHA256SUMS: strToU8(manifest) },
      9,
    );
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await readHandoverBundle(bomb)).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'expands_too_much' },
    });
  });

  it('refuses an entry that unpacks larger than the ZIP declares (a lying directory), as damaged', async () => {
    const { manifest } = await validParts();
    const zip = handmade({ 'case.json': new Uint8Array(20 * 1024 * 1024), SHA256SUMS: strToU8(manifest) }, 9);
    // Rewrite case.json's declared size (local header and central directory) to 1,000 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 < zip.length; i += 1) {
      const signature = view.getUint32(i, true);
      const at = signature === 0x04034b50 ? i + 22 : signature === 0x02014b50 ? i + 24 : -1;
      if (at > 0 && view.getUint32(at, true) === 20 * 1024 * 1024) {
        view.setUint32(at, 1000, true);
        patched += 1;
      }
    }
    expect(patched).toBe(2);
    const read = await readHandoverBundle(zip);
    // zip.js notices the size differs as it unpacks; the counting sink in read-bundle.ts is the second guard.
    expect(!read.ok && read.refusal).toEqual({ kind: 'bundle', code: 'damaged' });
  });

  it('refuses paths that climb out of the bundle or are absolute', async () => {
    const { caseText, manifest } = await validParts();
    for (const path of ['../evil.txt', 'evidence/../../evil.txt', '/etc/passwd', 'C:/x.txt', 'a\\..\\b']) {
      const zip = handmade({
        'case.json': strToU8(caseText),
        SHA256SUMS: strToU8(manifest),
        [path]: strToU8('x'),
      });
      const read = await readHandoverBundle(zip);
      expect(read, path).toEqual({ ok: false, refusal: { kind: 'bundle', code: 'unsafe_path' } });
    }
  });

  it('refuses a bundle with too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_BUNDLE_ENTRIES; i += 1) files[`f${i}`] = new Uint8Array(1);
    expect(await readHandoverBundle(handmade(files))).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'too_many_entries' },
    });
  });

  it('reports an evidence file whose hash does not match SHA256SUMS, naming it', async () => {
    const { caseText, file, evidencePath, manifest } = await validParts();
    const changed = file.bytes.slice();
    changed[10] = (changed[10]! + 1) & 0xff;
    const zip = handmade({
      'case.json': strToU8(caseText),
      SHA256SUMS: strToU8(manifest),
      [evidencePath]: changed,
    });
    const read = await readHandoverBundle(zip);
    expect(read).toEqual({
      ok: false,
      refusal: {
        kind: 'bundle',
        code: 'evidence_mismatch',
        mismatches: [{ path: evidencePath, expected: file.sha256, actual: await sha256Hex(changed) }],
      },
    });
  });

  it('reports a file listed in SHA256SUMS but missing from the bundle', async () => {
    const { caseText, evidencePath, manifest } = await validParts();
    const read = await readHandoverBundle(
      handmade({ 'case.json': strToU8(caseText), SHA256SUMS: strToU8(manifest) }),
    );
    expect(!read.ok && read.refusal).toMatchObject({
      code: 'evidence_mismatch',
      mismatches: [{ path: evidencePath, actual: null }],
    });
  });

  it('refuses a corrupted entry as damaged', async () => {
    const { zip } = await sample();
    // Flip a byte inside the last evidence file's encrypted data (well before the central directory).
    const corrupted = zip.slice();
    const at = Math.floor(zip.length * 0.7);
    corrupted[at] = corrupted[at]! ^ 0xff;
    const read = await readHandoverBundle(corrupted, { passphrase: PASS });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.refusal).toEqual({ kind: 'bundle', code: 'damaged' });
  });

  it('reads the case through the case import: a newer version is refused with "update the app"', async () => {
    const { caseData } = await caseWithEvidence([]);
    const newer = `${JSON.stringify({ ...caseData, schemaVersion: CASE_SCHEMA_VERSION + 1 })}\n`;
    const zip = handmade({
      'case.json': strToU8(newer),
      SHA256SUMS: strToU8(buildSha256Sums([{ path: 'case.json', sha256: await sha256HexOfText(newer) }])),
    });
    const read = await readHandoverBundle(zip);
    expect(!read.ok && read.refusal).toMatchObject({ kind: 'case_file', error: { code: 'newer_version' } });
  });

  it('refuses a bundle without a case file, and a file that is not a ZIP', async () => {
    expect(await readHandoverBundle(handmade({ 'notes.txt': strToU8('hi') }))).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'no_case_file' },
    });
    expect(await readHandoverBundle(pseudoRandomBytes(5000, 3))).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'not_a_bundle' },
    });
  });

  it('refuses a bundle where only some entries are encrypted', async () => {
    const { zip } = await sample();
    const { caseText } = await validParts();
    // A protected bundle with one plain entry slipped in, through zip.js itself.
    const { ZipReader, ZipWriter, Uint8ArrayReader, Uint8ArrayWriter } = await import('./zip-library');
    const reader = new ZipReader(new Uint8ArrayReader(zip));
    const writer = new ZipWriter(new Uint8ArrayWriter());
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      const data = await entry.getData(new Uint8ArrayWriter(), { password: PASS });
      await writer.add(entry.filename, new Uint8ArrayReader(data), { password: PASS, encryptionStrength: 3 });
    }
    await writer.add('extra.txt', new Uint8ArrayReader(strToU8(caseText)));
    const mixed = await writer.close();
    expect(await readHandoverBundle(mixed, { passphrase: PASS })).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'partly_protected' },
    });
  });
});
