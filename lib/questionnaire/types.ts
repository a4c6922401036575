/**
 * Types of the questionnaire definition. The definition is data (./sections/*), with no text: every label, hint and
 * option text lives in locales/<lang>/questionnaire.json under keys that follow from the ids
 * (questions.<question_id>.label, .hint, .why, .options.<option_id>; steps.<step_id>.title;
 * sections.<section_id>.title).
 */
import type { RecordListId } from './records';

export type SectionId = string;
export type StepId = string;
export type QuestionId = string;
export type OptionId = string;

/**
 * When a step or question is shown. A small JSON-like union, evaluated by ./conditions.ts. A question that has not
 * been answered matches nothing except `{ answered: false }`.
 */
export type Condition =
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  /** Single choice, yes/no or country: the answer is this option. */
  | { question: QuestionId; is: OptionId }
  /** Single choice, yes/no or country: the answer is one of these options. */
  | { question: QuestionId; in: readonly OptionId[] }
  /** Multiple choice: this option is ticked. */
  | { question: QuestionId; includes: OptionId }
  /** Multiple choice: at least one of these options is ticked. */
  | { question: QuestionId; includesAny: readonly OptionId[] }
  | { question: QuestionId; answered: boolean };

/** Case fields that profile questions write to, instead of `answers`. */
export type ProfileField = 'respondent' | 'country' | 'ageGroup';

type QuestionCommon = {
  id: QuestionId;
  /** Only what routing needs is required; the person can skip everything else. */
  required?: boolean;
  /** Sensitive answers are left out of the pack unless the person includes them, and shown with care. */
  sensitive?: boolean;
  /** The locale has a "why we ask" note (questions.<id>.why). */
  whyWeAsk?: boolean;
  /** The locale has a hint (questions.<id>.hint). */
  hint?: boolean;
  showIf?: Condition;
};

export type ChoiceQuestion = QuestionCommon & {
  kind: 'single_choice' | 'multi_choice' | 'yes_no';
  options: readonly OptionId[];
  /** Multiple choice: options that cannot be ticked with others (dont_know, none). */
  exclusiveOptions?: readonly OptionId[];
  field?: Exclude<ProfileField, 'country'>;
};

/** A date (YYYY-MM-DD) or, with `withTime`, a date and time (YYYY-MM-DDTHH:mm); or one of `options`. */
export type DateQuestion = QuestionCommon & {
  kind: 'date';
  withTime?: boolean;
  options: readonly OptionId[];
};

/** An ISO 3166-1 alpha-2 code, or one of `options` (other, dont_know). */
export type CountryQuestion = QuestionCommon & {
  kind: 'country';
  options: readonly OptionId[];
  field?: 'country';
};

export type FreeTextQuestion = QuestionCommon & { kind: 'free_text'; maxLength: number };

/** A list of records (payments, identifiers, ...), edited with a record editor (./records.ts). */
export type RecordsQuestion = QuestionCommon & { kind: 'records'; records: RecordListId };

/** The person's own account of what happened, stored in `case.account`. */
export type AccountQuestion = QuestionCommon & { kind: 'account' };

export type Question =
  ChoiceQuestion | DateQuestion | CountryQuestion | FreeTextQuestion | RecordsQuestion | AccountQuestion;

export type QuestionKind = Question['kind'];

/** One screen: one question or a small group of questions that belong together. */
export type Step = {
  id: StepId;
  section: SectionId;
  questions: readonly Question[];
  /** The step is part of the journey only when this holds (and at least one of its questions is shown). */
  showIf?: Condition;
};

export type Questionnaire = {
  version: number;
  sections: readonly SectionId[];
  steps: readonly Step[];
};
