// The charity's figures (issue 14, point 6): hand-worked losses, the small-count rule on screen data and in the CSV,
// and the rows' order. The privacy tests are in ./allow-list.test.ts, the properties in ./figures.property.test.ts.
import { describe, expect, it } from 'vitest';

import { createEmptyCase } from '../case/case-file';
import { changeFollowUp } from '../case/follow-up';
import type { Case, Payment } from '../case/schema';
import { parseCsv } from '../referral-pack/testing/parse-csv';
import { computeFigures, median, monthBand } from './compute';
import { figuresToCsv } from './csv';
import { englishWords } from './testing/words';

const NOW = new Date('2026-03-10T12:00:00Z');
let serial = 0;

function aCase(patch: Partial<Case> = {}): Case {
  serial += 1;
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
  return { ...createEmptyCase({ id, now: new Date('2026-03-01T10:00:00Z') }), ...patch };
}

function paid(amount: number | null, currency: string | null, n = 0): Payment {
  return {
    id: `p${n}`,
    paidAt: null,
    amount,
    currency,
    method: null,
    scheme: null,
    ownBank: null,
    recipient: { name: null, bank: null, account: null, walletAddress: null, exchange: null },
    recipientCountry: null,
    transactionHash: null,
    reference: null,
    notes: null,
  };
}

const csvRows = (cases: Case[]) => parseCsv(figuresToCsv(computeFigures(cases, NOW), englishWords).slice(1));

describe('losses by currency', () => {
  // Worked by hand before running: the per-case EUR losses are 150 (100 + 50), 200, 10, 1000 and 40.5.
  // Sorted: 10, 40.5, 150, 200, 1000 → the median is the third, 150; the total is 1400.5.
  const fiveEur = [
    aCase({ payments: [paid(100, 'EUR', 1), paid(50, 'EUR', 2)] }),
    aCase({ payments: [paid(200, 'EUR')] }),
    aCase({ payments: [paid(10, 'EUR')] }),
    aCase({ payments: [paid(1000, 'EUR')] }),
    aCase({ payments: [paid(40.5, 'EUR'), paid(null, 'EUR', 2), paid(99, null, 3)] }),
  ];

  it('takes the median of the per-case sums, and the total of all', () => {
    expect(computeFigures(fiveEur, NOW).losses).toEqual([
      { currency: 'EUR', cases: 5, median: 150, total: 1400.5 },
    ]);
  });

  it('averages the two middle cases when the count is even', () => {
    // Adding 300: 10, 40.5, 150, 200, 300, 1000 → (150 + 200) / 2 = 175; total 1700.5.
    const six = [...fiveEur, aCase({ payments: [paid(300, 'EUR')] })];
    expect(computeFigures(six, NOW).losses).toEqual([
      { currency: 'EUR', cases: 6, median: 175, total: 1700.5 },
    ]);
    expect(median([0.1, 0.2])).toBe(0.15);
  });

  it('shows no median or total for a currency with fewer than 5 cases, or for unknown currencies', () => {
    // 4 cases in BTC (0.1, 0.25, 1, 2) and 5 in a code that is neither ISO nor crypto: counted, never summed.
    const btc = [0.1, 0.25, 1, 2].map((a) => aCase({ payments: [paid(a, 'BTC')] }));
    const odd = [1, 2, 3, 4, 5].map((a) => aCase({ payments: [paid(a, 'QQQQ')] }));
    expect(computeFigures([...btc, ...odd], NOW).losses).toEqual([
      { currency: 'other', cases: 5, median: null, total: null },
      { currency: 'BTC', cases: 'fewer_than_5', median: null, total: null },
    ]);
  });

  it('writes median and total in the CSV as plain numbers', () => {
    const row = csvRows(fiveEur).find((r) => r[1] === 'EUR');
    expect(row).toEqual(['Money lost, by currency', 'EUR', 'EUR', '5', '150', '1400.5']);
  });
});

describe('the small-count rule', () => {
  const cases = [
    ...Array.from({ length: 4 }, () => aCase({ country: 'ES' })),
    ...Array.from({ length: 5 }, () => aCase({ country: 'BR' })),
  ];

  it('shows 4 as "fewer than 5" and 5 as 5 in the screen data', () => {
    const figures = computeFigures(cases, NOW);
    expect(figures.cases).toBe(9);
    expect(figures.figures.country).toEqual([
      { code: 'BR', count: 5 },
      { code: 'ES', count: 'fewer_than_5' },
    ]);
  });

  it('does the same in the CSV', () => {
    const rows = csvRows(cases);
    expect(rows[0]).toEqual(['Figure', 'Code', 'Category', 'Cases', 'Median per case', 'Total']);
    expect(rows.find((r) => r[1] === 'ES')?.slice(2, 4)).toEqual(['Spain', 'fewer than 5']);
    expect(rows.find((r) => r[1] === 'BR')?.slice(2, 4)).toEqual(['Brazil', '5']);
    expect(rows.find((r) => r[1] === 'cases')?.[3]).toBe('9');
  });

  it('hides the number of cases itself when there are fewer than 5', () => {
    const figures = computeFigures(cases.slice(0, 4), NOW);
    expect(figures.cases).toBe('fewer_than_5');
    expect(JSON.stringify(figures)).not.toMatch(/"count":[1-4]\b|"cases":[1-4]\b/);
  });

  it('orders hidden rows by code, never by their hidden size', () => {
    // 1 case in GB and 4 in AR: both hidden, so AR (first by code) comes first whatever the counts.
    const one = [aCase({ country: 'GB' }), ...Array.from({ length: 4 }, () => aCase({ country: 'AR' }))];
    const other = [...Array.from({ length: 4 }, () => aCase({ country: 'GB' })), aCase({ country: 'AR' })];
    expect(computeFigures(one, NOW).figures.country).toEqual(computeFigures(other, NOW).figures.country);
  });
});

describe('months from a start to the first report', () => {
  it('counts calendar months, whatever the day', () => {
    const month = (y: number, m: number) => y * 12 + m - 1;
    expect(monthBand(month(2026, 1), month(2026, 1))).toBe('same_month');
    expect(monthBand(month(2025, 12), month(2026, 1))).toBe('months_1');
    expect(monthBand(month(2025, 11), month(2026, 4))).toBe('months_3_to_5');
    expect(monthBand(month(2025, 1), month(2026, 1))).toBe('months_12_plus');
    expect(monthBand(month(2026, 2), month(2026, 1))).toBe('report_before_start');
    expect(monthBand(null, month(2026, 1))).toBe('no_start_month');
    expect(monthBand(month(2026, 1), null)).toBe('no_dated_report');
  });

  it('reads the first contact answer and the earliest dated report', () => {
    const report = (id: string, date: string | null) => ({
      id,
      kind: 'platform_report' as const,
      organisation: null,
      date,
      reference: null,
      notes: null,
    });
    const c = aCase({
      answers: { first_contact_date: '2025-11-30' },
      reportsMade: [report('r1', '2026-02-01T09:00'), report('r2', '2026-01-31'), report('r3', null)],
    });
    // First contact November 2025, earliest report January 2026: 2 months; opened March 2026: report before.
    const { figures } = computeFigures([c], NOW);
    expect(figures.contact_to_report).toEqual([{ code: 'months_2', count: 'fewer_than_5' }]);
    expect(figures.opened_to_report).toEqual([{ code: 'report_before_start', count: 'fewer_than_5' }]);
    expect(figures.referral_status).toEqual([{ code: 'report_filed', count: 'fewer_than_5' }]);
    expect(figures.report_kind).toEqual([{ code: 'platform_report', count: 'fewer_than_5' }]);
  });
});

describe('referral status', () => {
  it('counts each case once by how far its referrals went, as the volunteer recorded them', () => {
    const police = { source: 'directory', targetId: 'es_policia', kind: 'police_cybercrime_report' } as const;
    const bank = { source: 'own_contact', targetId: 'c1', kind: 'bank_or_payment_provider' } as const;
    const contacted = (n: number) =>
      changeFollowUp(aCase({ country: 'ES' }), police, { status: 'contacted' }, `2026-02-0${n}`);
    const cases = [
      ...[1, 2, 3, 4, 5].map(contacted),
      // Filed with the police in January, and the bank acknowledged: counted once, as acknowledged.
      changeFollowUp(
        changeFollowUp(
          aCase(),
          police,
          { status: 'report_filed', reportFiledOn: '2026-01-15' },
          '2026-03-01',
        ),
        bank,
        { status: 'acknowledged' },
        '2026-03-02',
      ),
      aCase(),
    ];
    const { figures } = computeFigures(cases, NOW);
    // In the order a referral moves, like the urgency bands.
    expect(figures.referral_status).toEqual([
      { code: 'not_contacted', count: 'fewer_than_5' },
      { code: 'contacted', count: 5 },
      { code: 'acknowledged', count: 'fewer_than_5' },
    ]);
    // Acknowledged comes after filing, so both count as where a report went; the cases only contacted do not.
    expect(figures.report_kind).toEqual([
      { code: 'bank_or_payment_provider', count: 'fewer_than_5' },
      { code: 'police_cybercrime_report', count: 'fewer_than_5' },
    ]);
    // Opened March 2026, the report filed January 2026.
    expect(figures.opened_to_report.find((r) => r.code === 'report_before_start')).toBeDefined();
  });
});

describe('the CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and makes formulas inert', () => {
    const words = {
      ...englishWords,
      countryName: () => '=HYPERLINK("x"), "quoted"\nline',
    };
    const text = figuresToCsv(computeFigures([aCase({ country: 'FR' })], NOW), words);
    const row = parseCsv(text.slice(1)).find((r) => r[1] === 'FR');
    expect(row?.[2]).toBe('\'=HYPERLINK("x"), "quoted"\nline');
    expect(text.startsWith('\uFEFF')).toBe(true);
  });

  it('has its headers in each language', () => {
    for (const [lang, first] of [
      ['es', 'Cifra'],
      ['pt', 'Número'],
    ] as const) {
      const words = englishWords.forLanguage(lang);
      const text = figuresToCsv(computeFigures([aCase()], NOW), words);
      expect(parseCsv(text.slice(1))[0]?.[0]).toBe(first);
    }
  });
});
