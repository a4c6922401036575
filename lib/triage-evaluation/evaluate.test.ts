import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES } from '../case/codes';
import { getAnswer } from '../questionnaire/answers';
import { getAllQuestions, getQuestion } from '../questionnaire/definition';
import {
  caseOfScenario,
  evaluateScenario,
  summaryLines,
  type EvaluationResult,
  type EvaluationScenario,
} from './evaluate';
import { loadScenarios } from './load';

const DIR = import.meta.dirname;
const SCENARIOS = loadScenarios(DIR);
/**
 * Situations whose expectations the rules do not meet yet, by id. A ratchet: a situation that starts failing fails
 * this test, and so does one listed here that now passes (take it off the list). Never change a scenario's
 * expectations to match the rules: fix the rules, or argue the expectation in the scenario's file.
 */
const readKnownFailing = (dir: string) =>
  new Set(JSON.parse(readFileSync(path.join(dir, 'known-failing.json'), 'utf8')) as string[]);
const KNOWN_FAILING = readKnownFailing(DIR);

/**
 * Answers the questionnaire would not keep (an unknown id, an invalid option, a question its conditions hide): they
 * would be dropped silently, and the situation judged on other facts than the ones written.
 */
function droppedAnswers(scenarios: readonly EvaluationScenario[]): string[] {
  const dropped: string[] = [];
  for (const s of scenarios) {
    const c = caseOfScenario(s);
    for (const [id, value] of Object.entries(s.answers)) {
      if (id === 'respondent') continue; // carried by `audience` (evaluate.ts)
      if (!getQuestion(id) || JSON.stringify(getAnswer(c, id)) !== JSON.stringify(value))
        dropped.push(`${s.id}: ${id}=${JSON.stringify(value)}`);
    }
  }
  return dropped;
}

/** The ratchet: a listed situation must still fail (else take it off the list), any other must pass. */
function expectRatchet(result: EvaluationResult, knownFailing: ReadonlySet<string>): void {
  const { id } = result.scenario;
  if (knownFailing.has(id))
    expect(result.failures, `${id} now meets every expectation: take it off known-failing.json`).not.toEqual(
      [],
    );
  else expect(result.failures).toEqual([]);
}

describe('the evaluation set written from published guidance', () => {
  it('covers every directory country, every incident type and every audience', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(SCENARIOS.map((s) => s.country))).toEqual(new Set(DIRECTORY_COUNTRIES));
    const incidentOptions = getAllQuestions().find((q) => q.id === 'incident_types');
    const types = incidentOptions && 'options' in incidentOptions ? incidentOptions.options : [];
    const used = new Set(SCENARIOS.flatMap((s) => s.answers.incident_types ?? []));
    for (const type of types.filter((t) => !['something_else', 'dont_know'].includes(t)))
      expect(used, type).toContain(type);
    expect(new Set(SCENARIOS.map((s) => s.audience))).toEqual(
      new Set(['self', 'parent', 'helper', 'business']),
    );
    for (const s of SCENARIOS) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('asks only questions a person in the situation is shown, with answers the questionnaire accepts', () => {
    expect(droppedAnswers(SCENARIOS)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const results = SCENARIOS.map(evaluateScenario);
  it.each(results.map((r) => [r.scenario.id, r] as const))('%s', (_id, result) => {
    expectRatchet(result, KNOWN_FAILING);
  });
});

// The hold-out set (lib/triage-holdout/README.md): 24 situations written after the rules above, by an author who
// did not read them, to measure how the rules do on situations they were not fitted to. Its own ratchet.
const HOLDOUT_DIR = path.join(DIR, '..', 'triage-holdout');
const HOLDOUT = loadScenarios(HOLDOUT_DIR);
const HOLDOUT_KNOWN_FAILING = readKnownFailing(HOLDOUT_DIR);

describe('the hold-out set', () => {
  it('has 24 situations, two in each directory country, every audience, and ids of its own', () => {
    expect(HOLDOUT).toHaveLength(24);
    for (const country of DIRECTORY_COUNTRIES)
      expect(
        HOLDOUT.filter((s) => s.country === country),
        country,
      ).toHaveLength(2);
    expect(new Set(HOLDOUT.map((s) => s.audience))).toEqual(
      new Set(['self', 'parent', 'helper', 'business']),
    );
    const all = [...SCENARIOS, ...HOLDOUT].map((s) => s.id);
    expect(new Set(all).size).toBe(all.length);
    for (const s of HOLDOUT) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('asks only questions a person in the situation is shown, with answers the questionnaire accepts', () => {
    expect(droppedAnswers(HOLDOUT)).toEqual([]);
  });

  it.each(HOLDOUT.map(evaluateScenario).map((r) => [r.scenario.id, r] as const))('%s', (_id, result) => {
    expectRatchet(result, HOLDOUT_KNOWN_FAILING);
  });
});

describe('the review summary', () => {
  it('counts each kind of expectation met, and how close the first steps come', () => {
    const base = HOLDOUT[0];
    if (!base) throw new Error('no hold-out situation');
    const result = (firstSteps: string[], failures: string[]): EvaluationResult => ({
      scenario: { ...base, expect: { ...base.expect, firstSteps: ['a', 'b', 'c'] }, argued: undefined },
      urgency: 'soon',
      articles: [],
      firstSteps,
      referralKinds: [],
      failures,
    });
    const lines = summaryLines([
      result(['a', 'b', 'c'], []),
      result(['a', 'c', 'x'], ['first steps: …']),
      result(['x', 'y', 'a'], ['first steps: …', 'urgency: routine, expected soon']),
    ]);
    expect(lines).toContain('- urgency: 2 of 3');
    expect(lines).toContain(
      '- the first three steps (in any order): 1 of 3; the same first step: 2; at least two of the three: 2',
    );
    expect(lines).toContain('- every expectation but the exact first three steps: 2 of 3');
  });
});
