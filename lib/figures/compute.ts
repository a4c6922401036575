/**
 * The charity's figures: anonymous counts of the cases on the device, for funders and policy makers. Built only from
 * the allow-listed projection of each case (./project.ts), and every count passes the small-count rule
 * (./small-counts.ts). The result holds codes and numbers only; the screens and the CSV translate the codes.
 */
import { OTHER_COUNTRY, REFERRAL_KINDS, URGENCIES } from '../case/codes';
import { OTHER_REPORT_KIND, REFERRAL_STATUSES } from '../case/enums';
import type { Case } from '../case/schema';
import { INCIDENT_TYPES } from '../questionnaire/options';
import { UNC_ARTICLES } from '../triage/codes';
import { COUNTRY_NOT_GIVEN, OTHER_CURRENCY, projectCase } from './project';
import type { FigureInput } from './project';
import { isLargeEnough, rowsOf, shownCount } from './small-counts';
import type { FigureRow, ShownCount } from './small-counts';

/** Months from a starting month to the first dated report, in bands; and the cases that cannot be placed. */
export const MONTH_BANDS = [
  'report_before_start',
  'same_month',
  'months_1',
  'months_2',
  'months_3_to_5',
  'months_6_to_11',
  'months_12_plus',
  'no_dated_report',
  'no_start_month',
] as const;
export type MonthBand = (typeof MONTH_BANDS)[number];

/** The figures sections, in the order they are shown and written. */
export const FIGURE_IDS = [
  'country',
  'incident_type',
  'article',
  'urgency',
  'referral_status',
  'report_kind',
  'contact_to_report',
  'opened_to_report',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** Losses in one currency: how many cases, and (from 5 cases on) the median per case and the total. */
export type LossRow = { currency: string; cases: ShownCount; median: number | null; total: number | null };

export type Figures = {
  cases: ShownCount;
  figures: Record<FigureId, FigureRow[]>;
  losses: LossRow[];
};

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return round(value);
}

function round(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

/** The band for a number of months from a start to the first report. */
export function monthBand(start: number | null, report: number | null): MonthBand {
  if (start === null) return 'no_start_month';
  if (report === null) return 'no_dated_report';
  const months = report - start;
  if (months < 0) return 'report_before_start';
  if (months === 0) return 'same_month';
  if (months === 1) return 'months_1';
  if (months === 2) return 'months_2';
  if (months <= 5) return 'months_3_to_5';
  if (months <= 11) return 'months_6_to_11';
  return 'months_12_plus';
}

// How many cases have each code; a case counts once per code.
function tally(inputs: readonly FigureInput[], codesOf: (input: FigureInput) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const input of inputs)
    for (const code of new Set(codesOf(input))) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

function lossesOf(inputs: readonly FigureInput[]): LossRow[] {
  const perCase = new Map<string, number[]>();
  for (const input of inputs)
    for (const { currency, amount } of input.losses)
      perCase.set(currency, [...(perCase.get(currency) ?? []), amount]);
  const rows = [...perCase.entries()].map(([currency, amounts]) => {
    const isSummable = currency !== OTHER_CURRENCY && isLargeEnough(amounts.length);
    return {
      currency,
      cases: shownCount(amounts.length),
      median: isSummable ? median(amounts) : null,
      total: isSummable ? round(amounts.reduce((a, b) => a + b, 0)) : null,
    };
  });
  const order = (r: LossRow) => (r.cases === 'fewer_than_5' ? -1 : r.cases);
  return rows.sort((a, b) => order(b) - order(a) || a.currency.localeCompare(b.currency));
}

/** Counts already projected cases (./project.ts). */
export function figuresOf(inputs: readonly FigureInput[]): Figures {
  const byCount = { byCount: true };
  const inBands = { byCount: false };
  return {
    cases: shownCount(inputs.length),
    figures: {
      country: rowsOf(
        tally(inputs, (i) => [i.country]),
        [COUNTRY_NOT_GIVEN, OTHER_COUNTRY],
        byCount,
      ),
      incident_type: rowsOf(
        tally(inputs, (i) => (i.incidentTypes.length > 0 ? i.incidentTypes : ['not_given'])),
        [...INCIDENT_TYPES, 'not_given'],
        byCount,
      ),
      article: rowsOf(
        tally(inputs, (i) => (i.articles.length > 0 ? i.articles : ['none_found'])),
        [...UNC_ARTICLES, 'none_found'],
        byCount,
      ),
      urgency: rowsOf(
        tally(inputs, (i) => [i.urgency]),
        URGENCIES,
        inBands,
      ),
      referral_status: rowsOf(
        tally(inputs, (i) => [i.referralStatus]),
        REFERRAL_STATUSES,
        inBands,
      ),
      report_kind: rowsOf(
        tally(inputs, (i) => i.reportKinds),
        [...REFERRAL_KINDS, OTHER_REPORT_KIND],
        byCount,
      ),
      contact_to_report: rowsOf(
        tally(inputs, (i) => [monthBand(i.firstContactMonth, i.firstReportMonth)]),
        MONTH_BANDS,
        inBands,
      ),
      opened_to_report: rowsOf(
        tally(inputs, (i) => [monthBand(i.openedMonth, i.firstReportMonth)]),
        MONTH_BANDS,
        inBands,
      ),
    },
    losses: lossesOf(inputs),
  };
}

/** The charity's figures for the cases on the device; `now` is the clock the urgency is assessed with. */
export function computeFigures(cases: readonly Case[], now: Date): Figures {
  return figuresOf(cases.map((c) => projectCase(c, now)));
}
