/** The named derived facts (flags) the UI and the referral directory read from an assessment. */
import { REFERRAL_KINDS } from '../case/codes';
import type { ReferralKind } from '../case/codes';
import { totalsByCurrency } from '../case/payment-totals';
import type { Case } from '../case/schema';
import { latestInstantOf } from './facts/time';
import type { AssessmentFlags } from './types';

const ISO_COUNTRY = /^[A-Z]{2}$/;
const REPORT_ANSWER_KINDS: Record<string, ReferralKind | 'other'> = {
  bank_or_payment_provider: 'bank_or_payment_provider',
  police: 'police_cybercrime_report',
  fraud_reporting_centre: 'fraud_reporting_centre',
  platform: 'platform_report',
  regulator: 'financial_regulator_or_ombudsman',
  victim_support: 'victim_support',
  other: 'other',
};

function listAnswer(c: Case, id: string): readonly string[] {
  const value = Object.hasOwn(c.answers, id) ? c.answers[id] : undefined;
  return Array.isArray(value) ? value : [];
}

function foreignCountries(c: Case): string[] {
  const party = Object.hasOwn(c.answers, 'other_party_country') ? c.answers.other_party_country : undefined;
  const codes = [...c.payments.map((p) => p.recipientCountry), typeof party === 'string' ? party : null];
  const found = new Set(
    codes.filter((code): code is string => !!code && ISO_COUNTRY.test(code) && code !== c.country),
  );
  return [...found].sort();
}

function lastPayment(c: Case): string | null {
  let best: { at: number; text: string } | null = null;
  for (const p of c.payments) {
    const at = latestInstantOf(p.paidAt)?.getTime();
    if (at !== undefined && p.paidAt && (best === null || at > best.at)) best = { at, text: p.paidAt };
  }
  return best?.text ?? null;
}

function totalsOf(c: Case): Array<{ currency: string; amount: number }> {
  return totalsByCurrency(c.payments)
    .totals.map(({ currency, amount }) => ({ currency, amount }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

function reportedTo(c: Case): Array<ReferralKind | 'other'> {
  const kinds = new Set<ReferralKind | 'other'>(c.reportsMade.map((r) => r.kind));
  for (const answer of listAnswer(c, 'reports_already_made')) {
    const kind = REPORT_ANSWER_KINDS[answer];
    if (kind) kinds.add(kind);
  }
  return [...REFERRAL_KINDS, 'other' as const].filter((k) => kinds.has(k));
}

/** Computes the flags from the case and the facts that hold. */
export function computeFlags(c: Case, facts: ReadonlySet<string>): AssessmentFlags {
  return {
    moneyLost: facts.has('money_lost'),
    forOrganisation: facts.has('answered_for_organisation'),
    moneySentRecently: facts.has('money_sent_last_72_hours'),
    isMinor: facts.has('person_is_minor'),
    isOlderPerson: facts.has('older_person'),
    hasSafetyRisk: [
      'in_danger_now',
      'self_harm_thoughts',
      'child_at_risk',
      'threat_of_violence',
      'extortion_ongoing',
    ].some((f) => facts.has(f)),
    ongoingExtortion: facts.has('extortion_ongoing'),
    remoteAccessInstalled: facts.has('remote_access_installed'),
    accountsControlled: facts.has('accounts_controlled'),
    possibleLaunderingExposure: facts.has('may_have_moved_money'),
    partnerAbuse: facts.has('perpetrator_partner'),
    foreignCountries: foreignCountries(c),
    lastPaymentAt: lastPayment(c),
    totalsByCurrency: totalsOf(c),
    reportedTo: reportedTo(c),
  };
}
