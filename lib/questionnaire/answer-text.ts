/**
 * How an answer reads for a person, on "check your answers" and in the pack: option texts (joined for multiple
 * choice), a country's name, a date in the caller's format, or the text as typed. Null when there is no answer.
 */
import type { AnswerValue } from '../case/schema';
import type { Locale } from '../i18n/config';
import { countryName } from '../i18n/country-name';
import type { Question } from './types';

export function describeAnswer(
  question: Question,
  value: AnswerValue | undefined,
  options: { t: (key: string) => string; locale: Locale; formatDate: (value: string) => string },
): string | null {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  const optionText = (o: string) => options.t(`questionnaire:questions.${question.id}.options.${o}`);
  const known: readonly string[] = 'options' in question ? question.options : [];
  if (Array.isArray(value)) return value.map(optionText).join(', ');
  if (known.includes(value)) return optionText(value);
  if (question.kind === 'country') return countryName(value, options.locale);
  if (question.kind === 'date') return options.formatDate(value);
  return value;
}
