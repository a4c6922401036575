import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createEmptyCase } from '../case/case-file';
import type { Case } from '../case/schema';
import { answersArbitrary } from './testing/arbitraries';
import { isValidAnswer } from './answers';
import { getQuestion, PARTS, QUESTIONNAIRE, SECTIONS } from './definition';
import {
  DONE,
  getFirstStepId,
  getNextStepId,
  getPreviousStepId,
  getProgress,
  getVisibleQuestions,
  getVisibleSteps,
  isStepComplete,
  pruneUnreachableAnswers,
  setAnswer,
  type Progress,
} from './navigation';

const NOW = new Date('2026-03-02T09:00:00Z');
const empty = (): Case => createEmptyCase({ id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', now: new Date(0) });

function answer(c: Case, pairs: Record<string, string | string[]>): Case {
  return Object.entries(pairs).reduce((acc, [id, value]) => setAnswer(acc, id, value, NOW), c);
}

describe('navigating the questionnaire', () => {
  it('skips the questions about how money was sent when no money was sent', () => {
    const c = answer(empty(), { incident_types: ['phishing'], money_sent: 'no' });
    expect(getVisibleSteps(c)).not.toContain('money_how');
    expect(getVisibleQuestions(c, 'money_sent').map((q) => q.id)).toEqual(['money_sent']);
  });

  it('asks when money was last sent, and how, once the person says they sent money', () => {
    const c = answer(empty(), { incident_types: ['romance_scam'], money_sent: 'yes' });
    expect(getVisibleQuestions(c, 'money_sent').map((q) => q.id)).toEqual(['money_sent', 'money_last_sent']);
    expect(getNextStepId(c, 'money_sent')).toBe('money_how');
  });

  it('drops the answer about when money was sent after the person changes "yes" to "no"', () => {
    let c = answer(empty(), {
      money_sent: 'yes',
      money_last_sent: 'last_24_hours',
      payment_methods: ['card'],
    });
    expect(c.answers.money_last_sent).toBe('last_24_hours');
    c = setAnswer(c, 'money_sent', 'no', NOW);
    expect(c.answers).toEqual({ money_sent: 'no' });
  });

  it('keeps payment records when the money answer changes: they are evidence', () => {
    const c = { ...empty(), answers: { money_sent: 'no' }, payments: [{ ...PAYMENT }] };
    expect(pruneUnreachableAnswers(c).payments).toHaveLength(1);
  });

  it('drops the child questions when the only reason for them goes away', () => {
    let c = answer(empty(), { child_at_risk: 'yes', child_contact_ongoing: 'yes' });
    expect(c.answers.child_contact_ongoing).toBe('yes');
    c = setAnswer(c, 'child_at_risk', 'no', NOW);
    expect(c.answers.child_contact_ongoing).toBeUndefined();
  });

  it('keeps answers to question ids from a newer questionnaire it does not know', () => {
    const c = { ...empty(), answers: { future_question: 'yes', money_last_sent: 'last_3_days' } };
    expect(pruneUnreachableAnswers(c).answers).toEqual({ future_question: 'yes' });
  });

  it('returns the same object when nothing needs pruning', () => {
    const c = answer(empty(), { money_sent: 'yes' });
    expect(pruneUnreachableAnswers(c)).toBe(c);
  });

  it('ignores an option the question does not have, and "don\'t know" ticked with another option', () => {
    const c = empty();
    expect(setAnswer(c, 'money_sent', 'maybe', NOW)).toBe(c);
    expect(setAnswer(c, 'incident_types', ['dont_know', 'phishing'], NOW)).toBe(c);
    expect(setAnswer(c, 'payments', 'x', NOW)).toBe(c);
  });

  it('writes the profile questions to the case fields', () => {
    const c = answer(empty(), { country: 'BR', respondent: 'helper', age_group: 'age_60_plus' });
    expect([c.country, c.respondent, c.ageGroup]).toEqual(['BR', 'helper', 'age_60_plus']);
    expect(c.answers).toEqual({});
    expect(setAnswer(c, 'country', null, NOW).country).toBeNull();
  });

  it('stamps updatedAt when an answer changes', () => {
    expect(answer(empty(), { in_danger_now: 'no' }).updatedAt).toBe(NOW.toISOString());
  });

  it('clears an answer with null', () => {
    const c = answer(empty(), { in_danger_now: 'no' });
    expect(setAnswer(c, 'in_danger_now', null, NOW).answers).toEqual({});
  });

  it('goes back through the journey, not through skipped steps', () => {
    const c = answer(empty(), { money_sent: 'no', incident_types: ['phishing'] });
    expect(getPreviousStepId(c, 'about_you')).toBe('money_sent');
    expect(getPreviousStepId(c, 'safety_now')).toBeNull();
    expect(getPreviousStepId(c, DONE)).toBe('your_account');
  });

  it('moves on from a step that has just left the journey to the next step that is still in it', () => {
    const c = answer(empty(), { money_sent: 'no' });
    expect(getNextStepId(c, 'money_how')).toBe('about_you');
  });

  it('reports progress by part: the part of the questionnaire and its fixed number of parts', () => {
    expect(getProgress('safety_now')).toEqual({
      part: 1,
      totalParts: 5,
      partId: 'safety',
      sectionId: 'safety',
      percent: 0,
    });
    expect(getProgress('money_how')).toMatchObject({ part: 3, partId: 'money' });
    expect(getProgress('contact_when')).toMatchObject({ part: 4, partId: 'more_details' });
    expect(getProgress('your_account')).toMatchObject({ part: 5, partId: 'next_steps' });
    expect(getProgress(DONE)).toMatchObject({ part: 5, percent: 100 });
  });

  it('puts every section in exactly one part, in journey order', () => {
    expect(PARTS.flatMap((p) => p.sections)).toEqual([...SECTIONS]);
  });

  it('never moves the part or the bar backwards while answers reveal more steps', () => {
    fc.assert(
      fc.property(answersArbitrary(0.1), (answers) => {
        // Walk forward as a person does: answer the questions shown on each step, then go to the next one.
        let c = empty();
        let current = getFirstStepId();
        const seen: Progress[] = [];
        while (current !== DONE && seen.length <= QUESTIONNAIRE.steps.length) {
          seen.push(getProgress(current));
          for (const q of getVisibleQuestions(c, current)) {
            const value = answers[q.id];
            if (value !== undefined) c = setAnswer(c, q.id, value, NOW);
          }
          current = getNextStepId(c, current);
        }
        seen.push(getProgress(current));
        expect(current).toBe(DONE);
        for (const [before, after] of seen.slice(0, -1).map((p, i) => [p, seen[i + 1]] as const)) {
          expect(after?.part).toBeGreaterThanOrEqual(before.part);
          expect(after?.percent).toBeGreaterThanOrEqual(before.percent);
          expect(after?.totalParts).toBe(before.totalParts);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('places every step on the bar in journey order, before the end', () => {
    const percents = QUESTIONNAIRE.steps.map((s) => getProgress(s.id).percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents.every((p) => p >= 0 && p < 100)).toBe(true);
  });

  it('blocks Continue only on required questions', () => {
    const c = empty();
    expect(isStepComplete(c, 'safety_now')).toBe(false);
    expect(isStepComplete(answer(c, { in_danger_now: 'dont_know' }), 'safety_now')).toBe(true);
    expect(isStepComplete(c, 'about_you')).toBe(true);
  });

  it('accepts dates and "don\'t know" for date questions, and real country codes', () => {
    const date = getQuestion('first_contact_date');
    const country = getQuestion('other_party_country');
    if (!date || !country) throw new Error('missing questions');
    expect(isValidAnswer(date, '2026-01-31')).toBe(true);
    expect(isValidAnswer(date, 'dont_know')).toBe(true);
    expect(isValidAnswer(date, 'last week')).toBe(false);
    expect(isValidAnswer(country, 'NG')).toBe(true);
    expect(isValidAnswer(country, 'ng')).toBe(false);
  });
});

const PAYMENT = {
  id: 'p1',
  paidAt: '2026-03-01',
  amount: 100,
  currency: 'EUR',
  method: 'card' as const,
  scheme: null,
  ownBank: null,
  recipient: { name: null, bank: null, account: null, walletAddress: null, exchange: null },
  recipientCountry: null,
  transactionHash: null,
  reference: null,
  notes: null,
};
