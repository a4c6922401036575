import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES } from '../case/codes';
import { getAnswer } from '../questionnaire/answers';
import { getAllQuestions, getQuestion } from '../questionnaire/definition';
import { caseOfScenario, evaluateScenario } from './evaluate';
import { loadScenarios } from './load';

const DIR = import.meta.dirname;
const SCENARIOS = loadScenarios(DIR);
/**
 * Situations whose expectations the rules do not meet yet, by id. A ratchet: a situation that starts failing fails
 * this test, and so does one listed here that now passes (take it off the list). Never change a scenario's
 * expectations to match the rules: fix the rules, or argue the expectation in the scenario's file.
 */
const KNOWN_FAILING = new Set(
  JSON.parse(readFileSync(path.join(DIR, 'known-failing.json'), 'utf8')) as string[],
);

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
    // An answer the questionnaire would not keep (an unknown id, an invalid option, a question its conditions hide)
    // would be dropped silently, and the situation judged on other facts than the ones written.
    const dropped: string[] = [];
    for (const s of SCENARIOS) {
      const c = caseOfScenario(s);
      for (const [id, value] of Object.entries(s.answers)) {
        if (id === 'respondent') continue; // carried by `audience` (evaluate.ts)
        if (!getQuestion(id) || JSON.stringify(getAnswer(c, id)) !== JSON.stringify(value))
          dropped.push(`${s.id}: ${id}=${JSON.stringify(value)}`);
      }
    }
    expect(dropped).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const results = SCENARIOS.map(evaluateScenario);
  it.each(results.map((r) => [r.scenario.id, r] as const))('%s', (id, result) => {
    if (KNOWN_FAILING.has(id)) {
      expect(
        result.failures,
        `${id} now meets every expectation: take it off known-failing.json`,
      ).not.toEqual([]);
    } else expect(result.failures).toEqual([]);
  });
});
