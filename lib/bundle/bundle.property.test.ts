import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BUNDLE_PROBLEMS } from './bundle-format';
import { readHandoverBundle, type ReadBundleResult } from './read-bundle';
import { caseWithEvidence, propertyRuns } from './testing';
import { writeHandoverBundle } from './write-bundle';

const PASS = 'ocean ladder tribe velvet cousin orbit maple';
const SEED = 20261202;

/** Every refusal is one the screens have words for: a bundle code, a file code, or a case-file problem. */
function expectRefusalOrSameCase(result: ReadBundleResult, original: unknown): void {
  if (result.ok) {
    // A change that touched nothing checked (a timestamp, a comment) may still open: then nothing differs.
    expect(result.case).toEqual(original);
    return;
  }
  const { refusal } = result;
  if (refusal.kind === 'bundle') expect(BUNDLE_PROBLEMS).toContain(refusal.code);
  else if (refusal.kind === 'file') expect(typeof refusal.code).toBe('string');
  else expect(typeof refusal.error.code).toBe('string');
}

/** Fails the run instead of hanging it. */
async function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took over ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('hostile and broken bundles (fast-check, fixed seed)', () => {
  it('random bytes, with or without a ZIP signature: never a crash or a hang, always a refusal code', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.uint8Array({ maxLength: 4096 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
      fc
        .uint8Array({ maxLength: 4096 })
        .map((b) => Uint8Array.from([...b, 0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.option(fc.string(), { nil: undefined }), async (input, passphrase) => {
        const result = await withinSeconds(5, readHandoverBundle(input, { passphrase }));
        expect(result.ok).toBe(false);
        expectRefusalOrSameCase(result, null);
      }),
      { seed: SEED, numRuns: propertyRuns(1000) },
    );
  });

  it('a real bundle with bytes changed, cut short or extended: refused with a code, or the very same case', async () => {
    const { caseData, evidence } = await caseWithEvidence(['a.png', 'b.pdf']);
    const at = new Date('2026-11-20T12:00:00.000Z');
    const protectedZip = await writeHandoverBundle({ caseData, evidence, passphrase: PASS, generatedAt: at });
    const plainZip = await writeHandoverBundle({ caseData, evidence, passphrase: null, generatedAt: at });
    const mutation = fc.record({
      protect: fc.boolean(),
      flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      extra: fc.uint8Array({ maxLength: 64 }),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async ({ protect, flips, cut, extra }) => {
        const original = protect ? protectedZip : plainZip;
        let zip = original.slice();
        for (const flip of flips) {
          const i = flip.at % zip.length;
          zip[i] = (zip[i] ?? 0) ^ flip.xor;
        }
        if (cut !== undefined) zip = zip.slice(0, cut % zip.length);
        if (extra.length > 0) zip = Uint8Array.from([...zip, ...extra]);
        const result = await withinSeconds(5, readHandoverBundle(zip, { passphrase: protect ? PASS : null }));
        if (!result.ok) refused += 1;
        expectRefusalOrSameCase(result, caseData);
        if (result.ok)
          for (const file of result.evidence)
            expect(file.bytes).toEqual(evidence.find((e) => e.id === file.id)?.bytes);
      }),
      { seed: SEED, numRuns: propertyRuns(1000) },
    );
    // Most mutations must be caught; a run where nothing is refused would mean the checks are not running.
    expect(refused).toBeGreaterThan(propertyRuns(1000) / 2);
  });
});
