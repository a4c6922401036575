import { describe, expect, it } from 'vitest';

import { getStep } from '@/lib/questionnaire/definition';
import { getFirstStepId, getProgress } from '@/lib/questionnaire/navigation';

import { LOCALES } from './config';
import { firstStepWords } from './first-step-resources';
import { loadResources } from './resources';

describe('firstStepWords', () => {
  it.each(LOCALES)('gives the first screen every word it shows in %s, and little else', async (locale) => {
    const { questionnaire } = await loadResources(locale, ['questionnaire']);
    const words = firstStepWords(questionnaire).questionnaire as Record<string, Record<string, unknown>>;
    const stepId = getFirstStepId();
    const step = getStep(stepId);
    expect(step).toBeDefined();
    const full = questionnaire as Record<string, Record<string, unknown>>;
    expect(words.steps).toEqual({ [stepId]: full.steps?.[stepId] });
    const { partId } = getProgress(stepId);
    expect(words.parts).toEqual({ [partId]: full.parts?.[partId] });
    for (const q of step?.questions ?? []) {
      expect(words.questions?.[q.id]).toEqual(full.questions?.[q.id]);
      expect((words.questions?.[q.id] as { label?: string }).label).toEqual(expect.any(String));
    }
    expect(Object.keys(words.questions ?? {})).toEqual(step?.questions.map((q) => q.id));
    expect(JSON.stringify(words).length).toBeLessThan(JSON.stringify(questionnaire).length / 5);
  });

  it('gives nothing when the questionnaire words are missing', () => {
    expect(firstStepWords(undefined)).toEqual({});
  });
});
