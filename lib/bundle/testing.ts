/** Test helpers: a case with evidence files whose recorded hashes match their bytes. */
import { createEmptyCase } from '@/lib/case/case-file';
import type { Case, EvidenceItem } from '@/lib/case/schema';
import { sha256Hex } from '@/lib/referral-pack/exports/sha256';

import type { HandoverEvidence } from './write-bundle';

/**
 * How many runs a property test of bundles makes: `everyDay` in the unit suite (1,000 hostile or broken bundles and
 * 1,000 valid round trips, as issue 14 asks; the backups of many cases, which cost a few milliseconds an entry, run
 * fewer), or `PROPERTY_RUNS` when set, e.g. `PROPERTY_RUNS=1000 npx vitest run lib/bundle/*.property.test.ts`. The
 * seed stays fixed either way.
 */
export function propertyRuns(everyDay: number): number {
  const asked = Number(process.env.PROPERTY_RUNS);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : everyDay;
}

/** Bytes that differ per seed and do not compress (a stand-in for a photo). */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A case with one evidence record per file name, and the files themselves. */
export async function caseWithEvidence(
  fileNames: readonly string[] = ['chat screenshot.png', 'bank letter.pdf'],
  id = '11111111-2222-4333-8444-555555555555',
  /** Makes the files of one case differ from another's. */
  seed = 0,
): Promise<{ caseData: Case; evidence: HandoverEvidence[] }> {
  const base = createEmptyCase({ id, now: new Date('2026-11-20T10:00:00.000Z') });
  const evidence: HandoverEvidence[] = [];
  const records: EvidenceItem[] = [];
  for (const [index, fileName] of fileNames.entries()) {
    const bytes = pseudoRandomBytes(2000 + index * 997 + seed, index + 7 + seed * 31);
    const sha256 = await sha256Hex(bytes);
    const recordId = `ev_${index + 1}`;
    evidence.push({ id: recordId, fileName, sha256, bytes });
    records.push({
      id: recordId,
      kind: 'screenshot',
      description: `File ${index + 1}`,
      madeAt: '2026-11-19',
      fileName,
      mimeType: 'image/png',
      sizeBytes: bytes.length,
      sha256,
    });
  }
  return { caseData: { ...base, title: 'Handover test', evidence: records }, evidence };
}

/** Several cases with evidence, each with its own id, title and file bytes (record ids repeat across cases). */
export async function casesWithEvidence(
  count: number,
): Promise<{ caseData: Case; evidence: HandoverEvidence[] }[]> {
  const out = [];
  for (let n = 1; n <= count; n += 1) {
    const id = `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;
    const made = await caseWithEvidence(
      Array.from({ length: n % 3 }, (_, i) => `file ${n}-${i + 1}.png`),
      id,
      n,
    );
    out.push({ ...made, caseData: { ...made.caseData, title: `Case ${n}` } });
  }
  return out;
}
