import { getStep } from '@/lib/questionnaire/definition';
import { getFirstStepId, getProgress } from '@/lib/questionnaire/navigation';

import type { Resources } from './resources';

type Words = Record<string, unknown>;

const pick = (from: unknown, key: string): unknown =>
  from && typeof from === 'object' ? (from as Words)[key] : undefined;

/**
 * The questionnaire words the journey's prerendered first screen shows (components/journey/first-step.tsx): its
 * part's title, its step's title and its questions, with every wording variant. The journey page carries only
 * these in its HTML; the rest of the language's words arrive with the journey's code (journey-loader.tsx), so each
 * language's words are stored once in the offline precache, not twice, and the page has less to parse at start.
 */
export function firstStepWords(questionnaire: Words | undefined): Resources {
  const stepId = getFirstStepId();
  const step = getStep(stepId);
  if (!questionnaire || !step) return {};
  const { partId } = getProgress(stepId);
  const slice = (group: string, ids: readonly string[]): Words =>
    Object.fromEntries(
      ids.flatMap((id) => {
        const words = pick(pick(questionnaire, group), id);
        return words === undefined ? [] : [[id, words]];
      }),
    );
  return {
    questionnaire: {
      parts: slice('parts', [partId]),
      steps: slice('steps', [stepId]),
      questions: slice(
        'questions',
        step.questions.map((q) => q.id),
      ),
    },
  };
}
