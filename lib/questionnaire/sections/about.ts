/** Who is answering, where they live and their age group. These answers are stored in the case's own fields. */
import { AGE_GROUPS, RESPONDENTS } from '../../case/enums';
import type { Step } from '../types';

export const ABOUT_STEPS = [
  {
    id: 'about_you',
    section: 'about_you',
    questions: [
      { id: 'respondent', kind: 'single_choice', options: RESPONDENTS, field: 'respondent' },
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
