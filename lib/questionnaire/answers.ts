/**
 * Reading and writing answers on a case. Profile questions (respondent, country, age_group) live in the case's own
 * fields; record questions live in the record lists; the account in `case.account`; everything else in
 * `case.answers` as an option id, a list of option ids, a date, a country code or text.
 */
import type { AnswerValue, Case } from '../case/schema';
import { isAnswerPresent } from './conditions';
import type { AnswerLookup } from './conditions';
import { RECORD_LIST_FIELDS } from './records';
import type { ProfileField, Question } from './types';

const PROFILE_FIELDS: Record<string, ProfileField> = {
  respondent: 'respondent',
  country: 'country',
  age_group: 'ageGroup',
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
const COUNTRY = /^[A-Z]{2}$/;

/** The case field a profile question writes to, if it is one. */
export function getProfileField(questionId: string): ProfileField | undefined {
  return Object.hasOwn(PROFILE_FIELDS, questionId) ? PROFILE_FIELDS[questionId] : undefined;
}

/** The answer to a question (profile questions read the case's own fields). Records and the account are not answers. */
export function getAnswer(c: Case, questionId: string): AnswerValue | undefined {
  const field = getProfileField(questionId);
  if (field) return c[field] ?? undefined;
  return Object.hasOwn(c.answers, questionId) ? c.answers[questionId] : undefined;
}

/** A lookup for conditions, reading answers from a case. */
export function createAnswerLookup(c: Case): AnswerLookup {
  return (questionId) => getAnswer(c, questionId);
}

/** Tells whether a question has an answer; for record questions, whether the list has at least one record. */
export function isQuestionAnswered(c: Case, question: Question): boolean {
  if (question.kind === 'records') return c[RECORD_LIST_FIELDS[question.records]].length > 0;
  if (question.kind === 'account') return c.account.trim() !== '';
  return isAnswerPresent(getAnswer(c, question.id));
}

/** Tells whether a value is an acceptable answer to a question (known options, exclusive options alone, dates). */
export function isValidAnswer(question: Question, value: AnswerValue): boolean {
  switch (question.kind) {
    case 'single_choice':
    case 'yes_no':
      return typeof value === 'string' && question.options.includes(value);
    case 'multi_choice': {
      if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length) return false;
      if (!value.every((v) => question.options.includes(v))) return false;
      const exclusive = question.exclusiveOptions ?? [];
      return value.length === 1 || !value.some((v) => exclusive.includes(v));
    }
    case 'date':
      if (typeof value !== 'string') return false;
      return (
        question.options.includes(value) ||
        DATE.test(value) ||
        (question.withTime === true && DATE_TIME.test(value))
      );
    case 'country':
      return typeof value === 'string' && (COUNTRY.test(value) || question.options.includes(value));
    case 'free_text':
      return typeof value === 'string' && value.length <= question.maxLength;
    default:
      return false;
  }
}
