import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { caseArbitrary } from '../questionnaire/testing/arbitraries';
import { assess } from './assess';

const clock = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2028-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('assess on random partial cases', () => {
  it('never throws and always gives the same result for the same case and clock', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 3, oddness: 0.2 }), clock, (c, now) => {
        const first = assess(c, { now });
        const again = assess(structuredClone(c), { now: new Date(now.getTime()) });
        expect(again).toEqual(first);
        expect(first.urgency.ruleIds.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('does not change the case it is given', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 2 }), clock, (c, now) => {
        const before = structuredClone(c);
        assess(c, { now });
        expect(c).toEqual(before);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('never throws with an invalid clock', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 2 }), (c) => {
        expect(() => assess(c, { now: new Date(Number.NaN) })).not.toThrow();
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
