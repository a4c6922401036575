/** Safety first: who is answering, danger now, thoughts of self-harm, threats to share intimate images, a child at risk. */
import { RESPONDENTS } from '../../case/enums';
import { YES_NO_DONT_KNOW, YES_NO_DONT_KNOW_PREFER_NOT, YES_NO_PREFER_NOT } from '../options';
import type { Step } from '../types';

export const SAFETY_STEPS = [
  {
    id: 'safety_now',
    section: 'safety',
    questions: [
      // Asked first, on the same screen as danger, so that every question after it speaks to whoever is answering:
      // "Is your child in danger right now?" for a parent (lib/questionnaire/wording.ts).
      { id: 'respondent', kind: 'single_choice', options: RESPONDENTS, field: 'respondent' },
      { id: 'in_danger_now', kind: 'yes_no', options: YES_NO_DONT_KNOW, required: true, hint: true },
      {
        id: 'self_harm_thoughts',
        kind: 'yes_no',
        options: YES_NO_PREFER_NOT,
        sensitive: true,
        whyWeAsk: true,
      },
    ],
  },
  {
    id: 'safety_threats',
    section: 'safety',
    questions: [
      {
        id: 'intimate_image_threat',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW_PREFER_NOT,
        sensitive: true,
        whyWeAsk: true,
      },
      {
        id: 'child_at_risk',
        kind: 'yes_no',
        options: YES_NO_DONT_KNOW,
        sensitive: true,
        whyWeAsk: true,
        hint: true,
      },
    ],
  },
] as const satisfies readonly Step[];
