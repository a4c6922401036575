import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseCaseFile, serializeCaseFile } from './case-file';
import { CaseSchema } from './schema';
import { caseArbitrary } from '@/lib/questionnaire/testing/arbitraries';

/** JSON with object keys sorted at every level. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

describe('case files on random valid cases', () => {
  it('round-trip through the case file unchanged', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 4 }), (c) => {
        const text = serializeCaseFile(c);
        const result = parseCaseFile(text);
        if (!result.ok) throw new Error(`${result.error.path}: ${result.error.code}`);
        // Same content (keys sorted): no field added, dropped or changed. Cheaper than toEqual at 10,000 runs.
        expect(canonical(result.case)).toBe(canonical(c));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('reads back a deep-equal case', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 4 }), (c) => {
        expect(parseCaseFile(serializeCaseFile(c))).toEqual({ ok: true, case: c });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('generates only cases the schema accepts (so the round-trip test means something)', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 4 }), (c) => {
        expect(CaseSchema.safeParse(c).success).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseCaseFile(value).ok).toBe(false);
        expect(parseCaseFile(JSON.stringify(value)).ok).toBe(false);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
