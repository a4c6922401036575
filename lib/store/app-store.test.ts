import { describe, expect, it } from 'vitest';

import { makeStoredCase } from '@/lib/persistence/testing';

import { createAppStore } from './app-store';

const NOW = new Date('2026-11-21T09:00:00.000Z');

describe('the app store', () => {
  it('answers a question, stamps the time and drops answers of branches no longer reachable', () => {
    const store = createAppStore();
    const { case: c, session } = makeStoredCase();
    store.getState().openCase(c, session, { isPrivate: false });
    store.getState().answer('money_sent', 'yes', NOW);
    store.getState().answer('money_last_sent', 'last_24_hours', NOW);
    expect(store.getState().caseData?.answers).toMatchObject({
      money_sent: 'yes',
      money_last_sent: 'last_24_hours',
    });
    expect(store.getState().caseData?.updatedAt).toBe(NOW.toISOString());

    store.getState().answer('money_sent', 'no', NOW);
    expect(store.getState().caseData?.answers.money_last_sent).toBeUndefined();
  });

  it('ticks and unticks a next step on the checklist', () => {
    const store = createAppStore();
    const { case: c, session } = makeStoredCase();
    store.getState().openCase(c, session, { isPrivate: false });
    store.getState().toggleChecklistItem('call_bank_fraud_line', NOW);
    expect(store.getState().caseData?.checklist).toEqual([
      { actionId: 'call_bank_fraud_line', doneAt: NOW.toISOString() },
    ]);
    store.getState().toggleChecklistItem('call_bank_fraud_line', NOW);
    expect(store.getState().caseData?.checklist).toEqual([]);
  });

  it('remembers where the person is and whether they came from check your answers', () => {
    const store = createAppStore();
    const { case: c, session } = makeStoredCase();
    store.getState().openCase(c, session, { isPrivate: true });
    store.getState().goToStep('money_sent', { returnToReview: true });
    expect(store.getState().session).toMatchObject({
      view: 'questions',
      stepId: 'money_sent',
      returnToReview: true,
    });
    store.getState().showView('review');
    expect(store.getState().session).toMatchObject({ view: 'review', returnToReview: false });
    store.getState().markUrgentSeen('money_recall');
    store.getState().markUrgentSeen('money_recall');
    expect(store.getState().session.urgentSeen).toEqual(['money_recall']);
    expect(store.getState().isPrivate).toBe(true);
  });
});
