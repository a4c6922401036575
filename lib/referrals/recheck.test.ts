import { describe, expect, it } from 'vitest';

import { DIRECTORY } from './directory';
import { formatRecheckTable, listForRecheck } from './recheck';

const AT = new Date('2026-12-02T00:00:00Z');

describe('the re-check list', () => {
  const rows = listForRecheck(AT);

  it('lists every entry once', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(DIRECTORY.map((e) => e.id).sort());
  });

  it('puts undated sources first, then the oldest', () => {
    const firstDated = rows.findIndex((r) => r.ageYears !== null);
    expect(rows.slice(0, firstDated).every((r) => r.ageYears === null)).toBe(true);
    const ages = rows.slice(firstDated).map((r) => r.ageYears ?? 0);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
  });

  it('puts the weakest level first among sources of the same age', () => {
    const order = ['unverified', 'partial', 'official_dated', 'secondary', 'official'];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (a && b && a.ageYears === b.ageYears)
        expect(order.indexOf(a.shown), `${a.id} before ${b.id}`).toBeLessThanOrEqual(order.indexOf(b.shown));
    }
  });

  it('shows an old official page as dated, and counts the facts marked on their own', () => {
    expect(rows.find((r) => r.id === 'pt_sos_crianca')).toMatchObject({
      shown: 'official_dated',
      ageYears: 10,
    });
    expect(rows.find((r) => r.id === 'ar_911')?.factsToCheck).toBe(3);
    expect(formatRecheckTable(rows, AT)).toContain('| pt_sos_crianca | PT | official_dated | 2015 | 10 |');
  });
});
