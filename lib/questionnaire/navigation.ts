/**
 * Navigation through the questionnaire, as pure functions of the case: which steps make up the journey, what
 * comes next and before, progress, and dropping answers on branches that are no longer reachable (so that changing
 * an earlier answer never leaves stale answers behind to affect the result).
 */
import { AGE_GROUPS, RESPONDENTS } from '../case/enums';
import type { AnswerValue, Case } from '../case/schema';
import { evaluateCondition } from './conditions';
import type { AnswerLookup } from './conditions';
import { getAnswer, getProfileField, isValidAnswer } from './answers';
import { getQuestion, getStep, QUESTIONNAIRE, PARTS } from './definition';
import type { ProfileField, Question, SectionId, Step, StepId } from './types';

/** Where the journey ends. */
export const DONE = 'done';

type Walk = { steps: Step[]; questions: Map<StepId, Question[]>; kept: Record<string, AnswerValue> };

/**
 * Walks the definition in order, deciding visibility with only the answers kept so far. Conditions only read
 * earlier questions (checked by the definition tests), so one pass is exact.
 */
function walk(c: Case): Walk {
  const kept: Record<string, AnswerValue> = {};
  const lookup: AnswerLookup = (id) => (getProfileField(id) ? getAnswer(c, id) : kept[id]);
  const steps: Step[] = [];
  const questions = new Map<StepId, Question[]>();
  for (const step of QUESTIONNAIRE.steps) {
    if (step.showIf && !evaluateCondition(step.showIf, lookup)) continue;
    const shown: Question[] = [];
    for (const question of step.questions) {
      if (question.showIf && !evaluateCondition(question.showIf, lookup)) continue;
      shown.push(question);
      const value = getProfileField(question.id) ? undefined : getAnswer(c, question.id);
      if (value !== undefined) kept[question.id] = value;
    }
    if (shown.length > 0) {
      steps.push(step);
      questions.set(step.id, shown);
    }
  }
  return { steps, questions, kept };
}

/** The journey given the answers so far: the ids of the steps the person will see, in order. */
export function getVisibleSteps(c: Case): StepId[] {
  return walk(c).steps.map((s) => s.id);
}

/** The questions shown on a step given the answers so far (empty when the step is not part of the journey). */
export function getVisibleQuestions(c: Case, stepId: StepId): Question[] {
  return walk(c).questions.get(stepId) ?? [];
}

/** The first step of every journey. */
export function getFirstStepId(): StepId {
  return QUESTIONNAIRE.steps[0]?.id ?? DONE;
}

function definitionIndex(stepId: StepId): number {
  return QUESTIONNAIRE.steps.findIndex((s) => s.id === stepId);
}

/**
 * The step after `currentStepId` in the journey, or 'done'. When the current step has just left the journey (an
 * answer changed), the next visible step after its place in the definition is returned.
 */
export function getNextStepId(c: Case, currentStepId: StepId): StepId {
  const visible = getVisibleSteps(c);
  const position = definitionIndex(currentStepId);
  if (position < 0) return visible[0] ?? DONE;
  return visible.find((id) => definitionIndex(id) > position) ?? DONE;
}

/** The step before `currentStepId` in the journey, or null on the first step. From 'done', the last step. */
export function getPreviousStepId(c: Case, currentStepId: StepId): StepId | null {
  const visible = getVisibleSteps(c);
  if (currentStepId === DONE) return visible.at(-1) ?? null;
  const position = definitionIndex(currentStepId);
  if (position < 0) return null;
  return visible.filter((id) => definitionIndex(id) < position).at(-1) ?? null;
}

/** Where the person is in the journey, by part (section): see getProgress. */
export type Progress = {
  /** 1-based number of the current part in the questionnaire (definition.ts PARTS). */
  part: number;
  /** How many parts the questionnaire has: fixed, whatever the answers. */
  totalParts: number;
  /** The current part's id (its title: questionnaire:parts.<id>.title). */
  partId: string;
  /** The current step's section id. */
  sectionId: SectionId;
  /** How far through the questionnaire the person is before this step, 0 to 100. */
  percent: number;
};

/**
 * Where the person is in the journey, by part. It depends only on the step's place in the definition, never on
 * the answers: a count of visible steps would jump ("step 4 of 12", then "of 14") as answers reveal more steps.
 * Each part takes an equal share of the bar, and each step of a part the same share of that part, whether it is
 * shown or skipped; steps and sections are in the same order (checked by the definition tests), so walking forward
 * the part and the bar never go back. A skipped part is simply passed over.
 */
export function getProgress(stepId: StepId): Progress {
  const totalParts = PARTS.length;
  const steps = QUESTIONNAIRE.steps;
  const partOf = (sectionId: SectionId) =>
    Math.max(
      0,
      PARTS.findIndex((p) => (p.sections as readonly string[]).includes(sectionId)),
    );
  const lastPart = PARTS[totalParts - 1];
  if (stepId === DONE)
    return { part: totalParts, totalParts, partId: lastPart?.id ?? '', sectionId: '', percent: 100 };
  const step = getStep(stepId) ?? steps[0];
  if (!step) return { part: 1, totalParts, partId: PARTS[0]?.id ?? '', sectionId: '', percent: 0 };
  const partIndex = partOf(step.section);
  const inPart = steps.filter((s) => partOf(s.section) === partIndex);
  const withinPart = inPart.indexOf(step) / inPart.length;
  return {
    part: partIndex + 1,
    totalParts,
    partId: PARTS[partIndex]?.id ?? '',
    sectionId: step.section,
    percent: Math.floor(((partIndex + withinPart) / totalParts) * 100),
  };
}

/**
 * Drops answers to questions that are no longer part of the journey. Answers to ids this definition does not know
 * (from a newer version) are kept. Records (payments, identifiers, evidence, reports) and the account are never
 * dropped: they are the person's evidence, and the UI asks before deleting them.
 */
export function pruneUnreachableAnswers(c: Case): Case {
  const { kept } = walk(c);
  const answers: Record<string, AnswerValue> = {};
  let changed = false;
  for (const [id, value] of Object.entries(c.answers)) {
    if (Object.hasOwn(kept, id) || !getQuestion(id)) answers[id] = value;
    else changed = true;
  }
  if (!changed) return c;
  const answeredAt = Object.fromEntries(
    Object.entries(c.answeredAt).filter(([id]) => Object.hasOwn(answers, id)),
  );
  return { ...c, answers, answeredAt };
}

/**
 * Sets (or, with null, clears) the answer to a question, stamps `updatedAt` and prunes unreachable answers.
 * Invalid values are ignored: the case comes back unchanged (check with isValidAnswer first).
 */
export function setAnswer(c: Case, questionId: string, value: AnswerValue | null, now: Date): Case {
  const question = getQuestion(questionId);
  if (!question || question.kind === 'records' || question.kind === 'account') return c;
  if (value !== null && !isValidAnswer(question, value)) return c;
  const field = getProfileField(questionId);
  let next: Case;
  if (field) {
    if (Array.isArray(value)) return c;
    next = withProfileField(c, field, value);
  } else {
    const answers = { ...c.answers };
    const answeredAt = { ...c.answeredAt };
    if (value === null) {
      delete answers[questionId];
      delete answeredAt[questionId];
    } else {
      // An answer given again unchanged keeps its time: "less than 24 hours ago" stays as of when it was said.
      if (c.answers[questionId] !== value || !Object.hasOwn(answeredAt, questionId))
        answeredAt[questionId] = now.toISOString();
      answers[questionId] = value;
    }
    next = { ...c, answers, answeredAt };
  }
  return pruneUnreachableAnswers({ ...next, updatedAt: now.toISOString() });
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((item) => item === value);
}

function withProfileField(c: Case, field: ProfileField, value: string | null): Case {
  if (field === 'country') return { ...c, country: value };
  if (field === 'respondent') {
    return value === null || isOneOf(RESPONDENTS, value) ? { ...c, respondent: value } : c;
  }
  return value === null || isOneOf(AGE_GROUPS, value) ? { ...c, ageGroup: value } : c;
}

/** Tells whether every required question shown on a step has an answer (the only thing that blocks Continue). */
export function isStepComplete(c: Case, stepId: StepId): boolean {
  if (!getStep(stepId)) return false;
  return getVisibleQuestions(c, stepId).every((q) => !q.required || getAnswer(c, q.id) !== undefined);
}
