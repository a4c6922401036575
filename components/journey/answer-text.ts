import type { TFunction } from 'i18next';

import type { AnswerValue } from '@/lib/case/schema';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import { describeAnswer } from '@/lib/questionnaire/answer-text';
import type { Question } from '@/lib/questionnaire/types';

/** How an answer reads on "check your answers"; dates in the long form, as the person typed them. */
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  t: TFunction,
  locale: Locale,
): string | null {
  return describeAnswer(question, value, {
    t: (key) => t(key),
    locale,
    formatDate: (text) => {
      const date = new Date(text.length === 10 ? `${text}T12:00:00` : text);
      if (Number.isNaN(date.getTime())) return text;
      return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        dateStyle: 'long',
        ...(text.length > 10 ? { timeStyle: 'short' } : {}),
      }).format(date);
    },
  });
}
