import { getStep } from '@/lib/questionnaire/definition';
import { getFirstStepId, getProgress } from '@/lib/questionnaire/navigation';

import type { Resources } from '@/lib/i18n/resources';

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

/**
 * The groups of words the frame (header, quick exit, language switch, update prompt, footer) and the first screen
 * use, by namespace; the journey page carries only these until the journey loads its language's words in full.
 */
export const FRAME_WORD_GROUPS = {
  common: ['app', 'nav', 'exit', 'update', 'offline', 'footer'],
  journey: ['loading', 'step', 'errors'],
} as const;

/** The frame's groups of words out of the page's namespaces (see FRAME_WORD_GROUPS). */
export function frameWords(resources: Resources): Resources {
  const picked: Resources = {};
  for (const [ns, groups] of Object.entries(FRAME_WORD_GROUPS) as [
    keyof typeof FRAME_WORD_GROUPS,
    readonly string[],
  ][]) {
    const words = resources[ns];
    if (!words) continue;
    picked[ns] = Object.fromEntries(groups.filter((g) => g in words).map((g) => [g, words[g]]));
  }
  return picked;
}
