import { describe, expect, it } from 'vitest';

import { makeStoredCase } from '@/lib/persistence/testing';
import { selectReferrals } from '@/lib/referrals/select';
import { assess } from '@/lib/triage/assess';

import { createAppStore } from './app-store';
import { ASSESSMENT_REUSE_MS, createCaseSelectors } from './selectors';

const START = new Date('2026-11-21T09:00:00.000Z');

function setUp() {
  let clock = START.getTime();
  const selectors = createCaseSelectors(() => new Date(clock));
  const store = createAppStore();
  const { case: c, session } = makeStoredCase({ country: 'ES' });
  store.getState().openCase(c, session, { isPrivate: false });
  return { store, ...selectors, tick: (ms: number) => (clock += ms) };
}

describe('the case selectors', () => {
  it('give nothing when no case is open', () => {
    const { selectAssessment, selectReferralSelection } = createCaseSelectors();
    const empty = createAppStore().getState();
    expect(selectAssessment(empty)).toBeNull();
    expect(selectReferralSelection(empty)).toBeNull();
  });

  it('assess the open case and select its referrals, as the engine and the directory do', () => {
    const { store, selectAssessment, selectReferralSelection } = setUp();
    store.getState().answer('in_danger_now', 'yes', START);
    const c = store.getState().caseData!;
    const expected = assess(c, { now: START });
    expect(selectAssessment(store.getState())).toEqual(expected);
    expect(selectReferralSelection(store.getState())).toEqual(selectReferrals(expected, c));
    expect(selectAssessment(store.getState())?.urgency.level).toBe('emergency');
  });

  it('share one result between every screen until the case changes', () => {
    const { store, selectAssessment, selectReferralSelection } = setUp();
    const assessment = selectAssessment(store.getState());
    const selection = selectReferralSelection(store.getState());
    store.getState().setSaveStatus('saving');
    expect(selectAssessment(store.getState())).toBe(assessment);
    expect(selectReferralSelection(store.getState())).toBe(selection);

    store.getState().answer('money_sent', 'yes', START);
    expect(selectAssessment(store.getState())).not.toBe(assessment);
    expect(selectReferralSelection(store.getState())).not.toBe(selection);
  });

  it('assess an unchanged case again once the clock has moved on (time windows read it)', () => {
    const { store, selectAssessment, tick } = setUp();
    const first = selectAssessment(store.getState());
    tick(ASSESSMENT_REUSE_MS - 1);
    expect(selectAssessment(store.getState())).toBe(first);
    tick(1);
    expect(selectAssessment(store.getState())).not.toBe(first);
  });
});
