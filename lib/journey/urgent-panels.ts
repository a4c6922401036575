/**
 * Which "do this now" panel the journey shows between questions, so that nobody who sent money yesterday answers
 * thirty questions before being told to call their bank. Pure: it reads the engine's assessment and the panels the
 * person has already seen, and returns at most one panel to show now.
 */
import type { ReferralKind } from '../case/codes';
import type { Assessment } from '../triage/types';

export const URGENT_PANELS = ['safety', 'money_recall', 'extortion', 'access'] as const;
export type UrgentPanelKey = (typeof URGENT_PANELS)[number];

export type UrgentPanel = {
  key: UrgentPanelKey;
  /** The assessment's actions for this panel, in the engine's order. */
  actionIds: string[];
  /** Kinds of help to show with tap-to-call, in order. */
  referralKinds: ReferralKind[];
};

const PANEL_KINDS: Record<UrgentPanelKey, ReferralKind[]> = {
  safety: ['emergency_services', 'crisis_line', 'child_protection'],
  money_recall: ['bank_or_payment_provider'],
  extortion: ['crisis_line', 'intimate_image_removal', 'child_protection', 'police_cybercrime_report'],
  access: [],
};

function isDue(key: UrgentPanelKey, a: Assessment): boolean {
  if (key === 'safety') return a.urgency.level === 'emergency' && a.flags.hasSafetyRisk;
  if (key === 'money_recall') return a.flags.moneySentRecently;
  if (key === 'extortion') return a.flags.ongoingExtortion;
  return a.flags.remoteAccessInstalled || a.flags.accountsControlled;
}

/** The first urgent panel that is due and not yet seen, or null. */
export function getDueUrgentPanel(
  a: Assessment,
  seen: readonly string[],
  maxActions = 4,
): UrgentPanel | null {
  const key = URGENT_PANELS.find((k) => isDue(k, a) && !seen.includes(k));
  if (!key) return null;
  const pressing = a.actions.filter(
    (x) =>
      x.deadline === 'now' || x.deadline === 'within_72_hours' || x.deadline === 'within_2_business_days',
  );
  const actionIds = (pressing.length > 0 ? pressing : a.actions).slice(0, maxActions).map((x) => x.id);
  const needed = new Set(a.referralNeeds.map((r) => r.kind));
  const referralKinds = PANEL_KINDS[key].filter((k) => needed.has(k) || k === 'emergency_services');
  return { key, actionIds, referralKinds };
}
