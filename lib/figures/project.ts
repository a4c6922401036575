/**
 * The only door from a case into the charity's figures. `projectCase` reads an explicit allow-list of fields and
 * returns codes, amounts and month numbers: no name, contact, identifier, free text or exact date can pass, because
 * nothing else is copied. Everything downstream (./compute.ts, ./csv.ts) sees only this projection.
 */
import { COUNTRY_CODES } from '../case/countries';
import { OTHER_COUNTRY } from '../case/codes';
import { followUpsOf, furthestReferralStatus, isReportFiled } from '../case/follow-up';
import type { ReferralKind, Urgency } from '../case/codes';
import { CRYPTO_CODES } from '../case/currency-signs';
import type { OTHER_REPORT_KIND, ReferralStatus } from '../case/enums';
import { isIsoCurrency } from '../case/payment-totals';
import type { Case } from '../case/schema';
import { INCIDENT_TYPES } from '../questionnaire/options';
import type { IncidentType } from '../questionnaire/options';
import { assess } from '../triage/assess';
import type { UncArticle } from '../triage/codes';

/** A country of residence that was not given. */
export const COUNTRY_NOT_GIVEN = 'not_given';
/** A currency that is neither ISO 4217 nor a known crypto asset: counted, never summed with others. */
export const OTHER_CURRENCY = 'other';

/** What the figures may know about one case: the allow-list, as a type. */
export type FigureInput = {
  /** ISO 3166-1 alpha-2, `other`, or `not_given`. */
  country: string;
  incidentTypes: IncidentType[];
  /** UN Convention against Cybercrime articles found by the triage engine. */
  articles: UncArticle[];
  urgency: Urgency;
  /**
   * Where reports were filed, without duplicates: the kinds of the reports already made and of the referrals followed
   * to a filed report or further (lib/case/follow-up.ts).
   */
  reportKinds: Array<ReferralKind | typeof OTHER_REPORT_KIND>;
  /** The furthest status any referral of the case reached (a report already made counts as filed), without when. */
  referralStatus: ReferralStatus;
  /** This case's losses summed by currency (ISO, crypto, or `other`). */
  losses: Array<{ currency: string; amount: number }>;
  /** Months are counted as year × 12 + month − 1: a month number, never a day. */
  openedMonth: number;
  /** The month the other party first made contact (the `first_contact_date` answer), when given. */
  firstContactMonth: number | null;
  /** The month of the earliest dated filed report (already made, or followed to filing), when there is one. */
  firstReportMonth: number | null;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])/;
const COUNTRIES = new Set(COUNTRY_CODES);

/** The month number (year × 12 + month − 1) of an ISO date, or null for anything else. */
export function monthOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = MONTH.exec(value);
  if (!match) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function countryOf(country: string | null): string {
  if (country === null) return COUNTRY_NOT_GIVEN;
  return COUNTRIES.has(country) ? country : OTHER_COUNTRY;
}

function currencyOf(code: string): string {
  return CRYPTO_CODES.includes(code) || (/^[A-Z]{3}$/.test(code) && isIsoCurrency(code))
    ? code
    : OTHER_CURRENCY;
}

function lossesOf(payments: Case['payments']): FigureInput['losses'] {
  const sums = new Map<string, number>();
  for (const { amount, currency } of payments) {
    if (amount === null || currency === null) continue;
    const code = currencyOf(currency);
    // Rounded to 8 decimals so that many small amounts do not drift.
    sums.set(code, Math.round(((sums.get(code) ?? 0) + amount) * 1e8) / 1e8);
  }
  return [...sums.entries()].map(([currency, amount]) => ({ currency, amount }));
}

function earliest(months: ReadonlyArray<number | null>): number | null {
  const known = months.filter((m): m is number => m !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** Reads the allowed fields of one case (and its assessment at `now`) into a FigureInput. */
export function projectCase(c: Case, now: Date): FigureInput {
  const assessment = assess(c, { now });
  const filed = followUpsOf(c).filter((f) => isReportFiled(f.status));
  return {
    country: countryOf(c.country),
    incidentTypes: INCIDENT_TYPES.filter((t) => assessment.incidentTypes.includes(t)),
    articles: assessment.offences.map((o) => o.article),
    urgency: assessment.urgency.level,
    reportKinds: [...new Set(filed.map((f) => f.kind))],
    referralStatus: furthestReferralStatus(c),
    losses: lossesOf(c.payments),
    openedMonth: monthOf(c.createdAt) ?? 0,
    firstContactMonth: monthOf(c.answers.first_contact_date),
    firstReportMonth: earliest(filed.map((f) => monthOf(f.reportFiledOn))),
  };
}
