/**
 * Evaluates questionnaire conditions against answers. Used for branching (navigation.ts) and reused by the
 * triage engine's facts. Unknown or missing answers never match, so a partial case is always safe to evaluate.
 */
import type { AnswerValue } from '../case/schema';
import type { Condition, QuestionId } from './types';

/** Reads the answer to a question, or undefined when it has none. */
export type AnswerLookup = (questionId: QuestionId) => AnswerValue | null | undefined;

function asList(value: AnswerValue | null | undefined): readonly string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

function asSingle(value: AnswerValue | null | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Tells whether an answer counts as given: a non-empty text or a non-empty list. */
export function isAnswerPresent(value: AnswerValue | null | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

/** Evaluates a condition. Pure, total: never throws on odd answers (a list where text was expected, and so on). */
export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const value = lookup(condition.question);
  if ('is' in condition) return asSingle(value) === condition.is;
  if ('in' in condition) {
    const single = asSingle(value);
    return single !== undefined && condition.in.includes(single);
  }
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('includesAny' in condition) {
    return Array.isArray(value) && asList(value).some((v) => condition.includesAny.includes(v));
  }
  return isAnswerPresent(value) === condition.answered;
}

/** Lists the question ids a condition reads. */
export function getConditionQuestions(condition: Condition): QuestionId[] {
  if ('all' in condition) return condition.all.flatMap(getConditionQuestions);
  if ('any' in condition) return condition.any.flatMap(getConditionQuestions);
  if ('not' in condition) return getConditionQuestions(condition.not);
  return [condition.question];
}
