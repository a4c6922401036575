import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createEmptyCase } from '../case/case-file';
import { answersArbitrary } from './testing/arbitraries';
import { getConditionQuestions } from './conditions';
import { getAllQuestions, getQuestion, QUESTIONNAIRE, SECTIONS } from './definition';
import { DONE, getFirstStepId, getNextStepId, getVisibleSteps } from './navigation';
import type { Condition, Question } from './types';

const SNAKE = /^[a-z][a-z0-9_]*$/;
const EMPTY = createEmptyCase({
  id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
  now: new Date('2026-03-01T00:00:00Z'),
});

function optionsOf(question: Question): readonly string[] {
  return 'options' in question ? question.options : [];
}

/** Every leaf of a condition with the position (step index, question index) of the question it reads. */
function leaves(
  condition: Condition,
): Array<Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>> {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('not' in condition) return leaves(condition.not);
  return [condition];
}

const positions = new Map<string, [number, number]>();
QUESTIONNAIRE.steps.forEach((step, s) => step.questions.forEach((q, i) => positions.set(q.id, [s, i])));

function isBefore(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

describe('the questionnaire definition', () => {
  it('uses unique snake_case ids for steps and questions, and snake_case option ids', () => {
    const stepIds = QUESTIONNAIRE.steps.map((s) => s.id);
    const questionIds = getAllQuestions().map((q) => q.id);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    for (const id of [...stepIds, ...questionIds, ...getAllQuestions().flatMap(optionsOf)])
      expect(id).toMatch(SNAKE);
  });

  it('keeps each section together and in the declared order', () => {
    const order = QUESTIONNAIRE.steps.map((s) => SECTIONS.findIndex((id) => id === s.section));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives every choice question at least two distinct options, with exclusive options among them', () => {
    for (const q of getAllQuestions()) {
      if (q.kind !== 'single_choice' && q.kind !== 'multi_choice' && q.kind !== 'yes_no') continue;
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options).size, q.id).toBe(q.options.length);
      for (const o of q.exclusiveOptions ?? []) expect(q.options, q.id).toContain(o);
    }
  });

  it('offers "I don\'t know" or "I\'d rather not say" on every choice question where they make sense', () => {
    const exempt = new Set(['respondent', 'support_wanted']);
    for (const q of getAllQuestions()) {
      if (q.kind === 'free_text' || q.kind === 'records' || q.kind === 'account' || exempt.has(q.id))
        continue;
      const options = optionsOf(q);
      const hasEscape = ['dont_know', 'prefer_not_to_say', 'other'].some((o) => options.includes(o));
      expect(hasEscape, q.id).toBe(true);
    }
  });

  it('only branches on questions asked earlier, with options those questions have', () => {
    QUESTIONNAIRE.steps.forEach((step, s) => {
      const conditions: Array<[Condition, [number, number]]> = [];
      if (step.showIf) conditions.push([step.showIf, [s, -1]]);
      step.questions.forEach((q, i) => q.showIf && conditions.push([q.showIf, [s, i]]));
      for (const [condition, at] of conditions) {
        for (const leaf of leaves(condition)) {
          const target = getQuestion(leaf.question);
          const where = positions.get(leaf.question);
          expect(target && where, `${step.id} reads ${leaf.question}`).toBeTruthy();
          if (!target || !where) continue;
          expect(isBefore(where, at), `${step.id} reads ${leaf.question}, asked later`).toBe(true);
          const used =
            'is' in leaf ? [leaf.is] : 'in' in leaf ? leaf.in : 'includes' in leaf ? [leaf.includes] : [];
          const usedAny = 'includesAny' in leaf ? leaf.includesAny : [];
          for (const option of [...used, ...usedAny])
            expect(optionsOf(target), `${step.id}: ${option}`).toContain(option);
          if ('includes' in leaf || 'includesAny' in leaf) expect(target.kind).toBe('multi_choice');
          if ('is' in leaf || 'in' in leaf) expect(target.kind).not.toBe('multi_choice');
        }
      }
    });
  });

  it('starts with safety, then asks what happened, then whether and when money was sent', () => {
    const steps = QUESTIONNAIRE.steps;
    expect(steps[0]?.section).toBe('safety');
    expect(steps[1]?.section).toBe('safety');
    expect(steps[2]?.id).toBe('what_happened');
    expect(getFirstStepId()).toBe('safety_now');
  });

  it('lets someone who sent money yesterday say so, and when, within the first 5 screens', () => {
    const c = {
      ...EMPTY,
      answers: { in_danger_now: 'no', incident_types: ['family_impersonation'], money_sent: 'yes' },
    };
    const firstFive = getVisibleSteps(c).slice(0, 5);
    const stepOf = (questionId: string) =>
      QUESTIONNAIRE.steps.find((s) => s.questions.some((q) => q.id === questionId))?.id;
    expect(firstFive).toContain(stepOf('money_sent'));
    expect(firstFive).toContain(stepOf('money_last_sent'));
  });

  it('has no unreachable step: every step is part of the journey for some answers', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(answersArbitrary(0), (answers) => {
        for (const id of getVisibleSteps({ ...EMPTY, ageGroup: 'under_18', answers })) seen.add(id);
      }),
      { seed: 42, numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(QUESTIONNAIRE.steps.map((s) => s.id).sort());
  });

  it('has no dead end: following Next from the first step always reaches the end, through the journey', () => {
    fc.assert(
      fc.property(answersArbitrary(0.2), (answers) => {
        const c = { ...EMPTY, answers };
        const path: string[] = [];
        let current = getNextStepId(c, 'start');
        while (current !== DONE && path.length <= QUESTIONNAIRE.steps.length) {
          path.push(current);
          current = getNextStepId(c, current);
        }
        expect(current).toBe(DONE);
        expect(path).toEqual(getVisibleSteps(c));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('reads no question in a condition that the definition does not have', () => {
    const all = QUESTIONNAIRE.steps.flatMap((s) => [
      ...(s.showIf ? getConditionQuestions(s.showIf) : []),
      ...s.questions.flatMap((q) => (q.showIf ? getConditionQuestions(q.showIf) : [])),
    ]);
    expect(all.filter((id) => !getQuestion(id))).toEqual([]);
  });
});
