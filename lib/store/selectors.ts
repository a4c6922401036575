/**
 * What the screens show that is derived from the open case: the engine's assessment and the referral selection.
 * Each is computed once per version of the case and shared by every screen that asks (the store holds only source
 * data, so derived data never goes stale). Components use the hooks; code outside React reads the same selectors
 * with `appStore.getState()`.
 */
import type { Case } from '@/lib/case/schema';
import { selectReferrals } from '@/lib/referrals/select';
import type { ReferralSelection } from '@/lib/referrals/selection-types';
import { assess } from '@/lib/triage/assess';
import type { Assessment } from '@/lib/triage/types';

import type { AppState } from './app-store';
import { useAppStore } from './use-app-store';

/**
 * How long one assessment of an unchanged case is reused. The engine reads the clock (a payment "in the last 72
 * hours"), so a case left open is assessed again after this, as a screen opened later used to do.
 */
export const ASSESSMENT_REUSE_MS = 60_000;

type Memo = {
  caseData: Case;
  at: number;
  assessment: Assessment;
  selection: ReferralSelection | null;
};

/**
 * Builds the selectors with their own memory and clock (tests make their own; the app uses the ones exported
 * below). One entry is kept: the open case's latest version.
 */
export function createCaseSelectors(now: () => Date = () => new Date()) {
  let memo: Memo | null = null;

  const current = (caseData: Case): Memo => {
    const time = now();
    if (!memo || memo.caseData !== caseData || time.getTime() - memo.at >= ASSESSMENT_REUSE_MS)
      memo = { caseData, at: time.getTime(), assessment: assess(caseData, { now: time }), selection: null };
    return memo;
  };

  /** The engine's assessment of the open case, or null when none is open. */
  function selectAssessment(state: Pick<AppState, 'caseData'>): Assessment | null {
    return state.caseData ? current(state.caseData).assessment : null;
  }

  /** Who to contact for the open case (lib/referrals/select.ts), or null when none is open. */
  function selectReferralSelection(state: Pick<AppState, 'caseData'>): ReferralSelection | null {
    if (!state.caseData) return null;
    const entry = current(state.caseData);
    entry.selection ??= selectReferrals(entry.assessment, state.caseData);
    return entry.selection;
  }

  return { selectAssessment, selectReferralSelection };
}

export const { selectAssessment, selectReferralSelection } = createCaseSelectors();

/** The engine's assessment of the open case, shared by every screen. */
export function useAssessment(): Assessment | null {
  return useAppStore(selectAssessment);
}

/** The referral selection for the open case, shared by every screen. */
export function useReferralSelection(): ReferralSelection | null {
  return useAppStore(selectReferralSelection);
}
