import { describe, expect, it } from 'vitest';

import { getStep } from '@/lib/questionnaire/definition';
import { getFirstStepId, getProgress } from '@/lib/questionnaire/navigation';

import { LOCALES } from '@/lib/i18n/config';
import { firstStepWords, frameWords } from './first-step-resources';
import { loadResources } from '@/lib/i18n/resources';

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

  it.each(LOCALES)(
    'keeps the frame’s and first screen’s groups of common and journey words in %s',
    async (locale) => {
      const full = await loadResources(locale, ['common', 'journey']);
      const words = frameWords(full);
      const common = words.common as Record<string, Record<string, unknown>>;
      const journey = words.journey as Record<string, Record<string, unknown>>;
      expect(common.exit).toEqual((full.common as Record<string, unknown>).exit);
      expect(common.app?.name).toEqual(expect.any(String));
      expect(journey.step?.continue).toEqual(expect.any(String));
      expect(journey.loading).toEqual(expect.any(String));
      // The start page's own words and the journey's later screens are not in it.
      expect(common).not.toHaveProperty('start');
      expect(journey).not.toHaveProperty('review');
    },
  );
});
