import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { serializeCaseFile } from '@/lib/case/case-file';
import { buildSha256Sums } from '@/lib/referral-pack/exports/sha256sums';
import { sha256Hex, sha256HexOfText } from '@/lib/referral-pack/exports/sha256';

import { checkBackupSize, MAX_BACKUP_BYTES, MAX_BACKUP_CASES, splitBundlePath } from './bundle-format';
import { inspectBackup, readBackupBundle } from './read-backup';
import { readHandoverBundle } from './read-bundle';
import { caseWithEvidence, casesWithEvidence } from './testing';
import {
  BackupTooLargeError,
  EvidenceMismatchError,
  writeBackupBundle,
  writeHandoverBundle,
} from './write-bundle';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
const AT = new Date('2026-11-20T12:00:00.000Z');

/** A backup built by hand (fflate), for layouts the app itself never writes. */
function handmade(files: Record<string, Uint8Array>, level: 0 | 9 = 0): Uint8Array {
  return zipSync(files, { level, mtime: AT });
}

/** Two cases' files laid out as a backup, with a manifest that matches, ready to be tampered with. */
async function backupParts() {
  const cases = await casesWithEvidence(2);
  const files: Record<string, Uint8Array> = {};
  for (const { caseData, evidence } of cases) {
    files[`cases/${caseData.id}/case.json`] = strToU8(serializeCaseFile(caseData));
    for (const file of evidence)
      files[`cases/${caseData.id}/evidence/${file.id}/${file.fileName}`] = file.bytes;
  }
  const manifestOf = async (of: Record<string, Uint8Array>) =>
    strToU8(
      buildSha256Sums(
        await Promise.all(
          Object.entries(of).map(async ([path, bytes]) => ({ path, sha256: await sha256Hex(bytes) })),
        ),
      ),
    );
  return { cases, files, manifestOf };
}

describe('a backup of every case', () => {
  it('round trip: every case the same, every evidence file byte for byte with the same hash', async () => {
    const cases = await casesWithEvidence(5);
    const steps: number[] = [];
    const zip = await writeBackupBundle({
      cases,
      passphrase: PASS,
      generatedAt: AT,
      onProgress: (done, total) => steps.push(done / total),
    });
    expect(steps.at(-1)).toBe(1);
    expect(await inspectBackup(zip)).toEqual({ ok: true, encrypted: true });
    const read = await readBackupBundle(zip, { passphrase: PASS });
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.encrypted).toBe(true);
    expect(read.cases.map((c) => c.case)).toEqual(cases.map((c) => c.caseData));
    const sent = cases.flatMap((c) => c.evidence.map((e) => ({ caseId: c.caseData.id, ...e })));
    const back = read.cases.flatMap((c) => c.evidence.map((e) => ({ caseId: c.case.id, ...e })));
    expect(back).toHaveLength(sent.length);
    expect(sent.length).toBeGreaterThan(3);
    for (const file of sent) {
      const got = back.find((b) => b.caseId === file.caseId && b.id === file.id);
      expect(got?.bytes).toEqual(file.bytes);
      expect(await sha256Hex(got?.bytes ?? new Uint8Array())).toBe(file.sha256);
      expect(got?.sha256).toBe(file.sha256);
    }
  });

  it('has one folder per case and one SHA256SUMS covering every file', async () => {
    const cases = await casesWithEvidence(2);
    const zip = await writeBackupBundle({ cases, passphrase: null, generatedAt: AT });
    const { ZipReader, Uint8ArrayReader, Uint8ArrayWriter } = await import('./zip-library');
    const reader = new ZipReader(new Uint8ArrayReader(zip));
    const entries = await reader.getEntries();
    const names = entries.map((e) => e.filename).sort();
    const [one, two] = cases.map((c) => c.caseData.id);
    expect(names).toEqual(
      [
        'SHA256SUMS',
        `cases/${one}/case.json`,
        `cases/${one}/evidence/ev_1/file 1-1.png`,
        `cases/${two}/case.json`,
        `cases/${two}/evidence/ev_1/file 2-1.png`,
        `cases/${two}/evidence/ev_2/file 2-2.png`,
      ].sort(),
    );
    const manifest = entries.find((e) => e.filename === 'SHA256SUMS');
    if (!manifest || manifest.directory) throw new Error('no SHA256SUMS');
    const text = new TextDecoder().decode(await manifest.getData(new Uint8ArrayWriter()));
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => line.slice(66)),
    ).toEqual(names.filter((n) => n !== 'SHA256SUMS'));
    await reader.close();
  });

  it('a handover bundle opens as a backup of one case; a backup picked as a handover bundle is named as one', async () => {
    const { caseData, evidence } = await caseWithEvidence();
    const single = await writeHandoverBundle({ caseData, evidence, passphrase: PASS });
    const read = await readBackupBundle(single, { passphrase: PASS });
    expect(read.ok && read.cases.map((c) => [c.folder, c.case, c.evidence.length])).toEqual([
      ['', caseData, 2],
    ]);
    const backup = await writeBackupBundle({ cases: await casesWithEvidence(2), passphrase: PASS });
    expect(await readHandoverBundle(backup, { passphrase: PASS })).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'is_backup' },
    });
  });

  it('gives the same calm code for every wrong passphrase, and asks for one when none is given', async () => {
    const zip = await writeBackupBundle({ cases: await casesWithEvidence(2), passphrase: PASS });
    expect(await readBackupBundle(zip)).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'needs_passphrase' },
    });
    for (const wrong of [
      'ocean',
      PASS.toUpperCase(),
      'ocean ladder tribe velvet cousin orbit',
      'x'.repeat(500),
    ])
      expect(await readBackupBundle(zip, { passphrase: wrong }), wrong).toEqual({
        ok: false,
        refusal: { kind: 'bundle', code: 'wrong_passphrase' },
      });
  });

  it('refuses paths that climb out, wherever they are in the backup', async () => {
    const { files, manifestOf } = await backupParts();
    for (const path of [
      'cases/../../evil.txt',
      'cases/x/evidence/../../../evil',
      '/cases/a/case.json',
      'C:/x',
    ]) {
      const zip = handmade({ ...files, SHA256SUMS: await manifestOf(files), [path]: strToU8('x') });
      expect(await readBackupBundle(zip), path).toEqual({
        ok: false,
        refusal: { kind: 'bundle', code: 'unsafe_path' },
      });
    }
  });

  it('refuses a ZIP bomb before unpacking it', async () => {
    const { files, manifestOf } = await backupParts();
    const bomb = handmade(
      {
        ...files,
        SHA256SUMS: await manifestOf(files),
        'cases/x/case.json': new Uint8Array(20 * 1024 * 1024),
      },
      9,
    );
    expect(bomb.length).toBeLessThan(300 * 1024);
    expect(await readBackupBundle(bomb)).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'expands_too_much' },
    });
  });

  it('refuses a file too large by its size alone', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toBe('bundle_too_large');
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(0)).toBe('bundle_empty');
  });

  it('names the evidence file whose bytes changed, in whichever case it is', async () => {
    const { cases, files, manifestOf } = await backupParts();
    const manifest = await manifestOf(files);
    const second = cases[1]!;
    const path = `cases/${second.caseData.id}/evidence/ev_2/file 2-2.png`;
    const changed = files[path]!.slice();
    changed[5] = (changed[5]! + 1) & 0xff;
    const read = await readBackupBundle(handmade({ ...files, [path]: changed, SHA256SUMS: manifest }));
    expect(read).toEqual({
      ok: false,
      refusal: {
        kind: 'bundle',
        code: 'evidence_mismatch',
        mismatches: [{ path, expected: second.evidence[1]!.sha256, actual: await sha256Hex(changed) }],
      },
    });
  });

  it('refuses an evidence file put in another case’s folder, even with SHA256SUMS made to match', async () => {
    const { cases, files, manifestOf } = await backupParts();
    const [first, second] = cases.map((c) => c.caseData.id);
    const moved = { ...files };
    const from = `cases/${second}/evidence/ev_2/file 2-2.png`;
    const to = `cases/${first}/evidence/ev_2/file 2-2.png`;
    moved[to] = moved[from]!;
    delete moved[from];
    const read = await readBackupBundle(handmade({ ...moved, SHA256SUMS: await manifestOf(moved) }));
    expect(!read.ok && read.refusal).toMatchObject({ code: 'evidence_mismatch', mismatches: [{ path: to }] });
  });

  it('names the folder of a case file that is refused', async () => {
    const { cases, files, manifestOf } = await backupParts();
    const id = cases[1]!.caseData.id;
    const broken = { ...files, [`cases/${id}/case.json`]: strToU8('{"schemaVersion": 1, "id": 3}') };
    const read = await readBackupBundle(handmade({ ...broken, SHA256SUMS: await manifestOf(broken) }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.folder).toBe(`cases/${id}/`);
    expect(!read.ok && read.refusal.kind).toBe('case_file');
  });

  it('refuses the same case twice in one backup', async () => {
    const { cases, files, manifestOf } = await backupParts();
    const copy = { ...files, 'cases/another/case.json': files[`cases/${cases[0]!.caseData.id}/case.json`]! };
    const read = await readBackupBundle(handmade({ ...copy, SHA256SUMS: await manifestOf(copy) }));
    expect(read).toEqual({ ok: false, refusal: { kind: 'bundle', code: 'repeated_case' } });
  });

  it('refuses a backup without any case file', async () => {
    const files = { 'notes/a.txt': strToU8('hi') };
    const manifest = buildSha256Sums([{ path: 'notes/a.txt', sha256: await sha256HexOfText('hi') }]);
    expect(await readBackupBundle(handmade({ ...files, SHA256SUMS: strToU8(manifest) }))).toEqual({
      ok: false,
      refusal: { kind: 'bundle', code: 'no_case_file' },
    });
  });

  it('is not written when evidence changed since it was attached, naming the files; nor when it would be too large', async () => {
    const cases = await casesWithEvidence(2);
    const tampered = cases.map((c, i) =>
      i === 1
        ? { ...c, evidence: c.evidence.map((e, j) => (j === 0 ? { ...e, bytes: e.bytes.slice(1) } : e)) }
        : c,
    );
    const error = await writeBackupBundle({ cases: tampered, passphrase: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceMismatchError);
    expect((error as EvidenceMismatchError).mismatches.map((m) => m.fileName)).toEqual(['file 2-1.png']);
    const many = Array.from({ length: MAX_BACKUP_CASES + 1 }, () => cases[0]!);
    await expect(writeBackupBundle({ cases: many, passphrase: null })).rejects.toBeInstanceOf(
      BackupTooLargeError,
    );
  });

  it('splits paths into case folders', () => {
    expect(splitBundlePath('case.json')).toEqual({ folder: '', kind: 'case' });
    expect(splitBundlePath('cases/abc/evidence/ev_1/x.png')).toEqual({
      folder: 'cases/abc/',
      kind: 'evidence',
      recordId: 'ev_1',
    });
    expect(splitBundlePath('cases/abc/notes.txt')).toBeNull();
    expect(splitBundlePath('cases/a/b/case.json')).toBeNull();
    expect(splitBundlePath('SHA256SUMS')).toBeNull();
  });
});
