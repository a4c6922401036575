/**
 * The order in which referrals are shown: what to do first. Emergency and crisis lines lead when someone may be in
 * danger; the bank comes next while a payment may still be stopped or recalled; then police and reporting centres;
 * then regulators, support and advice.
 */
import type { ReferralKind } from '../case/codes';
import type { ReferralAssessment, SelectedReferral } from './selection-types';

/** Kinds that are a report to the police or a reporting centre. */
export const REPORTING_KINDS: readonly ReferralKind[] = [
  'police_cybercrime_report',
  'fraud_reporting_centre',
];

/** European Union member states (ISO 3166-1 alpha-2), for channels open to EU citizens. */
// prettier-ignore
const EU_COUNTRIES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** Tells whether a country is in the European Union. */
export function isEuCountry(country: string): boolean {
  return EU_COUNTRIES.has(country);
}

const SOURCE_RANK: Record<SelectedReferral['source'], number> = {
  own: 0,
  residence: 1,
  foreign: 2,
  international: 3,
};

/**
 * Groups of kinds in the order they are shown for this assessment; kinds in the same group share a rank. Emergency
 * and crisis lines go first when the urgency is `emergency` or there is a safety risk; otherwise crisis lines sit
 * with support and emergency numbers close the list. The bank comes next while a payment may still be stopped or
 * recalled, and after the reports otherwise. When a child is involved, child protection ranks with the police
 * reports, ahead of image removal.
 */
export function getKindGroups(assessment: ReferralAssessment): ReferralKind[][] {
  const { urgency, flags, referralNeeds } = assessment;
  const isEmergency = urgency.level === 'emergency' || flags.hasSafetyRisk;
  // The bank leads while a payment may still be stopped or recalled: money sent in the last 72 hours, or a rule
  // that asked for the bank also set the urgency (a Pix MED request within 80 days, a SWIFT recall).
  const bankRules = referralNeeds
    .filter((n) => n.kind === 'bank_or_payment_provider')
    .flatMap((n) => n.ruleIds);
  const isRecallable =
    flags.moneySentRecently ||
    (urgency.level !== 'routine' && bankRules.some((id) => urgency.ruleIds.includes(id)));
  // A child is involved when the person harmed is under 18 or the engine asks for child protection.
  const isChildCase = flags.isMinor || referralNeeds.some((n) => n.kind === 'child_protection');
  // For a child, child protection ranks with the police: national services before international ones, child
  // protection first within each.
  const reports: ReferralKind[][] = isChildCase
    ? [['child_protection', ...REPORTING_KINDS], ['intimate_image_removal'], ['platform_report']]
    : [[...REPORTING_KINDS], ['intimate_image_removal'], ['child_protection'], ['platform_report']];
  const groups: ReferralKind[][] = [];
  if (isEmergency) groups.push(['emergency_services'], ['crisis_line']);
  if (isRecallable) groups.push(['bank_or_payment_provider']);
  groups.push(...reports);
  if (!isRecallable) groups.push(['bank_or_payment_provider']);
  groups.push(['financial_regulator_or_ombudsman'], ['victim_support']);
  if (!isEmergency) groups.push(['crisis_line']);
  groups.push(['legal_help']);
  if (!isEmergency) groups.push(['emergency_services']);
  return groups;
}

/**
 * Compares two referrals for sorting: by kind group; then own contacts, the person's country, abroad,
 * international; then the order of kinds within the group. Ties keep the selection's order.
 */
export function compareSelected(
  a: SelectedReferral,
  b: SelectedReferral,
  assessment: ReferralAssessment,
): number {
  const groups = getKindGroups(assessment);
  const rank = (kind: ReferralKind) => groups.findIndex((group) => group.includes(kind));
  const within = (kind: ReferralKind) => groups[rank(kind)]?.indexOf(kind) ?? 0;
  return (
    rank(a.kind) - rank(b.kind) ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    within(a.kind) - within(b.kind)
  );
}
