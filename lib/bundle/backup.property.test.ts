// Issue 14, "Shown by": valid cases exported then imported give the same case (handover bundles and backups), and
// hostile or broken backups are refused with a code, never a crash or a hang. fast-check, fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Case } from '@/lib/case/schema';
import { caseArbitrary } from '@/lib/questionnaire/testing/arbitraries';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import { BUNDLE_PROBLEMS } from './bundle-format';
import type { BundleRefusal } from './open-zip';
import { readBackupBundle } from './read-backup';
import { readHandoverBundle } from './read-bundle';
import { casesWithEvidence, propertyRuns } from './testing';
import { type HandoverEvidence, writeBackupBundle, writeHandoverBundle } from './write-bundle';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
const SEED = 20261202;

/** A valid case whose evidence records with a file name have a real file, with the hash the record holds. */
const caseWithFiles: fc.Arbitrary<{ caseData: Case; evidence: HandoverEvidence[] }> = fc
  .tuple(
    caseArbitrary({ maxRecords: 3 }),
    fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 3, maxLength: 3 }),
  )
  .map(([caseData, contents]) => ({
    caseData,
    evidence: caseData.evidence.flatMap((e, i) =>
      e.fileName === null
        ? []
        : [{ id: e.id, fileName: e.fileName, sha256: '', bytes: contents[i % 3] ?? new Uint8Array() }],
    ),
  }));

/** Fills in the hashes (async, so outside the arbitrary): each record with a file gets its file's hash. */
async function withHashes(input: { caseData: Case; evidence: HandoverEvidence[] }) {
  const evidence = await Promise.all(
    input.evidence.map(async (e) => ({ ...e, sha256: await sha256Hex(e.bytes) })),
  );
  const hashOf = new Map(evidence.map((e) => [e.id, e.sha256]));
  const caseData: Case = {
    ...input.caseData,
    evidence: input.caseData.evidence.map((e) =>
      hashOf.has(e.id) ? { ...e, sha256: hashOf.get(e.id) ?? null } : e,
    ),
  };
  return { caseData, evidence };
}

function expectSameFiles(
  back: readonly { id: string; bytes: Uint8Array }[],
  sent: readonly HandoverEvidence[],
) {
  expect(back.map((f) => f.id).sort()).toEqual(sent.map((f) => f.id).sort());
  for (const file of back) expect(file.bytes).toEqual(sent.find((s) => s.id === file.id)?.bytes);
}

describe('valid cases, exported then imported (fast-check, fixed seed)', () => {
  it('1,000 handover bundles of valid cases: the same case, and its evidence files byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(caseWithFiles, fc.boolean(), async (input, protect) => {
        const { caseData, evidence } = await withHashes(input);
        const passphrase = protect ? PASS : null;
        const zip = await writeHandoverBundle({ caseData, evidence, passphrase });
        const read = await readHandoverBundle(zip, { passphrase });
        if (!read.ok) throw new Error(JSON.stringify(read.refusal));
        expect(read.case).toEqual(caseData);
        expectSameFiles(read.evidence, evidence);
      }),
      { seed: SEED, numRuns: propertyRuns(1000) },
    );
  });

  it('backups of several valid cases: every case the same, every file byte for byte', async () => {
    const cases = fc.uniqueArray(caseWithFiles, {
      minLength: 1,
      maxLength: 4,
      selector: (c) => c.caseData.id,
    });
    await fc.assert(
      fc.asyncProperty(cases, fc.boolean(), async (inputs, protect) => {
        const sent = await Promise.all(inputs.map(withHashes));
        const passphrase = protect ? PASS : null;
        const read = await readBackupBundle(await writeBackupBundle({ cases: sent, passphrase }), {
          passphrase,
        });
        if (!read.ok) throw new Error(JSON.stringify(read));
        expect(read.cases.map((c) => c.case)).toEqual(sent.map((c) => c.caseData));
        read.cases.forEach((c, i) => expectSameFiles(c.evidence, sent[i]?.evidence ?? []));
      }),
      { seed: SEED, numRuns: propertyRuns(25) },
    );
  });
});

/** Every refusal is one the screens have words for: a bundle code, a file code, or a case-file problem. */
function expectKnownRefusal(refusal: BundleRefusal): void {
  if (refusal.kind === 'bundle') expect(BUNDLE_PROBLEMS).toContain(refusal.code);
  else if (refusal.kind === 'file') expect(typeof refusal.code).toBe('string');
  else expect(typeof refusal.error.code).toBe('string');
}

describe('hostile and broken backups (fast-check, fixed seed)', () => {
  it('random bytes, with or without a ZIP signature: never a crash or a hang, always a refusal code', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.uint8Array({ maxLength: 4096 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.option(fc.string(), { nil: undefined }), async (input, passphrase) => {
        const started = performance.now();
        const result = await readBackupBundle(input, { passphrase });
        expect(performance.now() - started).toBeLessThan(5000);
        expect(result.ok).toBe(false);
        if (!result.ok) expectKnownRefusal(result.refusal);
      }),
      { seed: SEED, numRuns: propertyRuns(200) },
    );
  });

  it('a real backup with bytes changed, cut short or extended: refused with a code, or the very same cases', async () => {
    const cases = await casesWithEvidence(3);
    const at = new Date('2026-11-20T12:00:00.000Z');
    const zips = {
      protected: await writeBackupBundle({ cases, passphrase: PASS, generatedAt: at }),
      plain: await writeBackupBundle({ cases, passphrase: null, generatedAt: at }),
    };
    const mutation = fc.record({
      protect: fc.boolean(),
      flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      extra: fc.uint8Array({ maxLength: 64 }),
    });
    let refused = 0;
    const runs = propertyRuns(100);
    await fc.assert(
      fc.asyncProperty(mutation, async ({ protect, flips, cut, extra }) => {
        let zip = (protect ? zips.protected : zips.plain).slice();
        for (const flip of flips) {
          const i = flip.at % zip.length;
          zip[i] = (zip[i] ?? 0) ^ flip.xor;
        }
        if (cut !== undefined) zip = zip.slice(0, cut % zip.length);
        if (extra.length > 0) zip = Uint8Array.from([...zip, ...extra]);
        const result = await readBackupBundle(zip, { passphrase: protect ? PASS : null });
        if (result.ok) {
          expect(result.cases.map((c) => c.case)).toEqual(cases.map((c) => c.caseData));
          result.cases.forEach((c, i) => expectSameFiles(c.evidence, cases[i]?.evidence ?? []));
          return;
        }
        refused += 1;
        expectKnownRefusal(result.refusal);
      }),
      { seed: SEED, numRuns: runs },
    );
    // Most mutations must be caught; a run where nothing is refused would mean the checks are not running.
    expect(refused).toBeGreaterThan(runs / 2);
  });
});
