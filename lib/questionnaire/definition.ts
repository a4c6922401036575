/**
 * The questionnaire, in journey order: safety first, then what happened, then money (so that "call your bank now"
 * can show within the first screens), then the person, the contact, the details of each kind of incident, and
 * what they have: evidence, reports, the support they want and their own account.
 */
import { DEFINITION_VERSION } from '../case/definition-version';
import { ABOUT_STEPS } from './sections/about';
import { FOLLOW_UP_STEPS } from './sections/follow-up';
import { ACCESS_STEPS, OTHER_IMPACT_STEPS } from './sections/impact';
import { CONTACT_STEPS, INCIDENT_DETAIL_STEPS, WHAT_HAPPENED_STEPS } from './sections/incident';
import { MONEY_STEPS, PAYMENT_RECORD_STEPS } from './sections/money';
import { SAFETY_STEPS } from './sections/safety';
import type { Question, Questionnaire, Step } from './types';

export { DEFINITION_VERSION } from '../case/definition-version';

/** Sections in order; each step belongs to one. Text: questionnaire:sections.<id>.title. */
export const SECTIONS = [
  'safety',
  'what_happened',
  'money',
  'about_you',
  'contact',
  'details',
  'access',
  'other_party',
  'evidence',
  'reports',
  'support',
  'your_account',
] as const;

/**
 * The parts the person sees in the progress line ("Part 3 of 5: Money"): groups of sections, in journey order, so
 * the count stays small and fixed whatever the answers. Titles: questionnaire:parts.<id>.title.
 */
export const PARTS = [
  { id: 'safety', sections: ['safety'] },
  { id: 'what_happened', sections: ['what_happened'] },
  { id: 'money', sections: ['money'] },
  { id: 'more_details', sections: ['about_you', 'contact', 'details', 'access', 'other_party'] },
  { id: 'next_steps', sections: ['evidence', 'reports', 'support', 'your_account'] },
] as const satisfies readonly { id: string; sections: readonly (typeof SECTIONS)[number][] }[];

const STEPS = [
  ...SAFETY_STEPS,
  ...WHAT_HAPPENED_STEPS,
  ...MONEY_STEPS,
  ...PAYMENT_RECORD_STEPS,
  ...ABOUT_STEPS,
  ...CONTACT_STEPS,
  ...INCIDENT_DETAIL_STEPS,
  ...OTHER_IMPACT_STEPS,
  ...ACCESS_STEPS,
  ...FOLLOW_UP_STEPS,
] as const satisfies readonly Step[];

/** Every step id, as a union type. */
export type DefinedStepId = (typeof STEPS)[number]['id'];
/** Every question id, as a union type. */
export type DefinedQuestionId = (typeof STEPS)[number]['questions'][number]['id'];

/** The questionnaire definition. */
export const QUESTIONNAIRE: Questionnaire = { version: DEFINITION_VERSION, sections: SECTIONS, steps: STEPS };

const STEP_BY_ID = new Map<string, Step>(QUESTIONNAIRE.steps.map((s) => [s.id, s]));
const QUESTION_BY_ID = new Map<string, Question>(
  QUESTIONNAIRE.steps.flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
);
const STEP_OF_QUESTION = new Map<string, Step>(
  QUESTIONNAIRE.steps.flatMap((s) => s.questions.map((q) => [q.id, s] as const)),
);

/** Finds a step by id. */
export function getStep(stepId: string): Step | undefined {
  return STEP_BY_ID.get(stepId);
}

/** Finds a question by id. */
export function getQuestion(questionId: string): Question | undefined {
  return QUESTION_BY_ID.get(questionId);
}

/** Finds the step a question is asked on. */
export function getStepOfQuestion(questionId: string): Step | undefined {
  return STEP_OF_QUESTION.get(questionId);
}

/** Every question, in journey order. */
export function getAllQuestions(): Question[] {
  return QUESTIONNAIRE.steps.flatMap((s) => [...s.questions]);
}
