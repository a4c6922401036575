import type { TFunction } from 'i18next';

import type { AnswerValue } from '@/lib/case/schema';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/i18n/country-name';
import type { Question } from '@/lib/questionnaire/types';

/** How an answer reads on "check your answers": option texts, a formatted date, a country's name, or the text. */
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  t: TFunction,
  locale: Locale,
): string | null {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  const optionText = (o: string) => t(`questionnaire:questions.${question.id}.options.${o}`);
  const options = 'options' in question ? question.options : [];
  if (Array.isArray(value)) return value.map(optionText).join(', ');
  if (options.includes(value)) return optionText(value);
  if (question.kind === 'country') {
    return countryName(value, locale);
  }
  if (question.kind === 'date') {
    const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: 'long',
      ...(value.length > 10 ? { timeStyle: 'short' } : {}),
    }).format(date);
  }
  return value;
}
