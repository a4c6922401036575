// Properties of the charity's figures over random cases (fast-check, fixed seed): every count shown obeys the
// small-count rule, partitions never count a case twice, losses are consistent, and the CSV holds every row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { URGENCIES } from '../case/codes';
import { caseArbitrary } from '../questionnaire/testing/arbitraries';
import { parseCsv } from '../referral-pack/testing/parse-csv';
import { computeFigures, FIGURE_IDS } from './compute';
import { figuresToCsv } from './csv';
import { englishWords } from './testing/words';

const NOW = new Date('2026-03-10T12:00:00Z');
const PARTITIONS = [
  'country',
  'urgency',
  'referral_status',
  'contact_to_report',
  'opened_to_report',
] as const;

// Every count anywhere in the figures object.
function countsIn(value: unknown, key = ''): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => countsIn(v, key));
  if (typeof value !== 'object' || value === null) return key === 'count' || key === 'cases' ? [value] : [];
  return Object.entries(value).flatMap(([k, v]) => countsIn(v, k));
}

describe('the figures, for any cases', () => {
  it('show every count as 5 or more, or as "fewer than 5"', () => {
    fc.assert(
      fc.property(fc.array(caseArbitrary({ maxRecords: 4 }), { maxLength: 14 }), (cases) => {
        const figures = computeFigures(cases, NOW);
        const counts = countsIn(figures);
        expect(counts.length).toBeGreaterThan(0);
        for (const count of counts)
          expect(count === 'fewer_than_5' || (typeof count === 'number' && count >= 5)).toBe(true);
        expect(figures.cases).toBe(cases.length >= 5 ? cases.length : 'fewer_than_5');

        for (const id of PARTITIONS) {
          const shown = figures.figures[id].map((r) => (r.count === 'fewer_than_5' ? 0 : r.count));
          expect(shown.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(cases.length);
          expect(new Set(figures.figures[id].map((r) => r.code)).size).toBe(figures.figures[id].length);
        }
        for (const row of figures.figures.urgency) expect(URGENCIES).toContain(row.code);
        for (const loss of figures.losses) {
          expect(loss.median === null).toBe(loss.total === null);
          if (loss.median !== null && loss.total !== null && typeof loss.cases === 'number')
            expect(loss.median).toBeLessThanOrEqual(loss.total);
          else expect(loss.cases === 'fewer_than_5' || loss.currency === 'other').toBe(true);
        }

        const rows = parseCsv(figuresToCsv(figures, englishWords).slice(1));
        const expected = FIGURE_IDS.reduce((n, id) => n + figures.figures[id].length, 0);
        // The header, the all-cases row, one row per category and one per currency.
        expect(rows).toHaveLength(2 + expected + figures.losses.length);
        for (const row of rows.slice(1)) expect(row[3] === 'fewer than 5' || Number(row[3]) >= 5).toBe(true);
      }),
      { seed: 20260314, numRuns: 80 },
    );
  });

  it('are the same whatever the order of the cases', () => {
    fc.assert(
      fc.property(fc.array(caseArbitrary({ maxRecords: 3 }), { maxLength: 10 }), (cases) => {
        expect(computeFigures([...cases].reverse(), NOW)).toEqual(computeFigures(cases, NOW));
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});
