/**
 * Finds answers that bring a set of questions into the journey, by reading their conditions (and their steps')
 * from the definition rather than from a hand-kept path: a test that uses it still reaches a question after its
 * conditions change. Only positive conditions are solved; a question this cannot reach is reported, so the test
 * that asked fails and says which.
 */
import type { AnswerValue, Case } from '../../case/schema';
import { getAllQuestions, getStepOfQuestion } from '../definition';
import { getVisibleQuestions } from '../navigation';
import { setAnswer } from '../navigation';
import type { Condition } from '../types';

export type Answers = Record<string, AnswerValue>;

function satisfy(condition: Condition, answers: Answers): Answers {
  if ('all' in condition) return condition.all.reduce((a, c) => satisfy(c, a), answers);
  if ('any' in condition) return condition.any[0] ? satisfy(condition.any[0], answers) : answers;
  if ('not' in condition) return answers;
  if ('is' in condition) return { ...answers, [condition.question]: condition.is };
  if ('in' in condition)
    return condition.in[0] ? { ...answers, [condition.question]: condition.in[0] } : answers;
  const add =
    'includes' in condition
      ? condition.includes
      : 'includesAny' in condition
        ? condition.includesAny[0]
        : undefined;
  if (add !== undefined) {
    const current = answers[condition.question];
    const list = Array.isArray(current) ? current : [];
    return list.includes(add) ? answers : { ...answers, [condition.question]: [...list, add] };
  }
  return answers;
}

/** Applies answers to a case in the order given (profile questions write to the case's own fields). */
export function applyAnswers(c: Case, answers: Answers, now: Date): Case {
  return Object.entries(answers).reduce((acc, [id, value]) => setAnswer(acc, id, value, now), c);
}

/**
 * Adds to `start` the answers each of `questionIds` needs to be shown. Returns the answers, and the ids still not
 * shown (which should be none).
 */
export function answersReaching(
  empty: Case,
  start: Answers,
  questionIds: readonly string[],
  now: Date,
): { answers: Answers; unreached: string[] } {
  let answers = { ...start };
  for (let round = 0; round < 4; round++) {
    for (const id of questionIds) {
      const question = getAllQuestions().find((q) => q.id === id);
      const step = getStepOfQuestion(id);
      if (step?.showIf) answers = satisfy(step.showIf, answers);
      if (question?.showIf) answers = satisfy(question.showIf, answers);
    }
  }
  const c = applyAnswers(empty, answers, now);
  const shown = new Set(
    questionIds.filter((id) => {
      const step = getStepOfQuestion(id);
      return step ? getVisibleQuestions(c, step.id).some((q) => q.id === id) : false;
    }),
  );
  return { answers, unreached: questionIds.filter((id) => !shown.has(id)) };
}
