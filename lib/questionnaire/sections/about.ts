/** Where the person lives and their age group (who is answering is asked first, with safety). These answers are stored in the case's own fields. */
import { AGE_GROUPS } from '../../case/enums';
import type { Step } from '../types';

export const ABOUT_STEPS = [
  {
    id: 'about_you',
    section: 'about_you',
    questions: [
      { id: 'country', kind: 'country', options: ['other'], field: 'country', whyWeAsk: true },
      {
        id: 'age_group',
        kind: 'single_choice',
        options: AGE_GROUPS,
        field: 'ageGroup',
        whyWeAsk: true,
        // A business or organisation is not asked a person's age.
        showIf: { not: { question: 'respondent', is: 'organisation' } },
      },
    ],
  },
] as const satisfies readonly Step[];
