import type { Case } from '../../lib/case/schema';
import { JOURNEY_SCENARIOS } from '../../lib/triage/testing/scenarios-journeys';
import type { ScenarioAnswers } from './drive';

export const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

type Situation = {
  answers: ScenarioAnswers;
  expect: {
    level: string;
    /**
     * The urgent panel, the step whose answer calls for it (the panel comes right after it), and the latest
     * screen it may appear on, counting the start page as the first.
     */
    panel?: { id: string; after: string; byScreen: number };
    articles: readonly string[];
    action: string;
  };
};

/** What a person types for a case: its answers, and the case fields the questionnaire asks for. */
export function answersOf(c: Case): ScenarioAnswers {
  const answers: ScenarioAnswers = {};
  for (const [id, value] of Object.entries(c.answers))
    if (typeof value === 'string' || Array.isArray(value)) answers[id] = value;
  if (c.respondent) answers.respondent = c.respondent;
  if (c.country) answers.country = c.country;
  if (c.ageGroup) answers.age_group = c.ageGroup;
  return answers;
}

/** The engine's golden scenario of that name, walked by a journey. */
export function journeyScenario(name: string): (typeof JOURNEY_SCENARIOS)[number] {
  const found = JOURNEY_SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`No journey scenario named: ${name}`);
  return found;
}

/**
 * Takes a golden scenario of the engine (lib/triage/testing/scenarios-journeys.ts) as a journey: its answers, and
 * the urgency, offences and first step the engine's own test expects. Only the urgent panel's place in the journey
 * is the browser's own expectation.
 */
function fromScenario(name: string, panel?: Situation['expect']['panel']): Situation {
  const found = journeyScenario(name);
  const first = found?.expect.firstActions?.[0];
  if (!first) throw new Error(`The journey scenario has no first step: ${name}`);
  return {
    answers: answersOf(found.case),
    expect: { level: found.expect.urgency, panel, articles: found.expect.offences ?? [], action: first },
  };
}

/** Situations as a person would answer them, shared by the journey and pack tests. */
export const SITUATIONS: Record<string, Situation> = {
  'a romance scam with a bank transfer yesterday': fromScenario(
    'someone in Spain who sent a bank transfer yesterday to an online partner still asking for more calls the bank first',
    // A recall is most likely within hours: the panel is on screen within six.
    { id: 'money_recall', after: 'money_sent', byScreen: 6 },
  ),
  'sextortion of a minor': fromScenario(
    'a teenager in Brazil answering alone, threatened with their images, is an emergency with a crisis line first',
    // A child at risk is known from the safety questions: help comes before anything about what happened.
    { id: 'safety', after: 'safety_threats', byScreen: 4 },
  ),
  'an account takeover': fromScenario(
    'an older person in the UK whose account someone else controls takes it back first',
    // Only the access questions tell; the panel follows them at once.
    { id: 'access', after: 'access_now', byScreen: 11 },
  ),
};
