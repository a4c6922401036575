'use client';

import { useTranslation } from 'react-i18next';

import type { AnswerValue } from '@/lib/case/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Question } from '@/lib/questionnaire/types';

import { RecordsEditor } from './records-editor';
import { AccountField } from './account-field';
import { useCountryOptions } from './use-country-options';

type Props = {
  question: Question;
  value: AnswerValue | undefined;
  error?: string;
  locale: Locale;
  onAnswer: (value: AnswerValue | null) => void;
  /** Who is answering (lib/questionnaire/wording.ts), as an i18next context for the texts written for them. */
  context?: string;
};

function OptionList({ question, value, onAnswer, type, context }: Props & { type: 'radio' | 'checkbox' }) {
  const { t } = useTranslation('questionnaire');
  if (!('options' in question)) return null;
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const exclusive = question.kind === 'multi_choice' ? (question.exclusiveOptions ?? []) : [];
  const toggle = (option: string) => {
    if (type === 'radio') return onAnswer(option);
    const isOn = selected.includes(option);
    let next = isOn ? selected.filter((o) => o !== option) : [...selected, option];
    if (!isOn && exclusive.includes(option)) next = [option];
    else if (!isOn) next = next.filter((o) => !exclusive.includes(o));
    onAnswer(next.length > 0 ? next : null);
  };
  return (
    <div className={type === 'radio' ? 'choices' : 'choices choices--multi'}>
      {question.options.map((option, i) => {
        const id = `${question.id}${i === 0 ? '' : `_${option}`}`;
        return (
          <div className="choice" key={option}>
            <input
              id={id}
              type={type}
              name={question.id}
              value={option}
              checked={selected.includes(option)}
              onChange={() => toggle(option)}
            />
            <label htmlFor={id}>{t(`questions.${question.id}.options.${option}`, { context })}</label>
          </div>
        );
      })}
    </div>
  );
}

/** One question, rendered by its kind. Labels, hints and "why we ask" come from the questionnaire namespace. */
export function QuestionField(props: Props) {
  const { question, value, error, locale, onAnswer, context } = props;
  const { t } = useTranslation(['questionnaire', 'journey']);
  const countries = useCountryOptions(locale);
  const label = t(`questionnaire:questions.${question.id}.label`, { context });
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const errorId = error ? `${question.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  const hint = question.hint ? (
    <p className="hint" id={hintId}>
      {t(`questionnaire:questions.${question.id}.hint`, { context })}
    </p>
  ) : null;
  const why = question.whyWeAsk ? (
    <details className="why">
      <summary>{t('journey:step.why_we_ask')}</summary>
      <p>{t(`questionnaire:questions.${question.id}.why`, { context })}</p>
    </details>
  ) : null;
  const errorLine = error ? (
    <p className="field-error" id={errorId}>
      {error}
    </p>
  ) : null;

  if (question.kind === 'records') return <RecordsEditor question={question} locale={locale} />;
  if (question.kind === 'account') return <AccountField question={question} />;

  if (question.kind === 'single_choice' || question.kind === 'yes_no' || question.kind === 'multi_choice') {
    return (
      <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
        <legend className="field__label">{label}</legend>
        {hint}
        {errorLine}
        <OptionList {...props} type={question.kind === 'multi_choice' ? 'checkbox' : 'radio'} />
        {why}
      </fieldset>
    );
  }

  if (question.kind === 'free_text') {
    return (
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={question.id}>
          {label}
        </label>
        {hint}
        {errorLine}
        <textarea
          id={question.id}
          rows={4}
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          onChange={(e) => onAnswer(e.target.value === '' ? null : e.target.value)}
        />
        {why}
      </div>
    );
  }

  // Dates and countries: a typed value, or one of the options ("I don't know", "other").
  const optionValue = typeof value === 'string' && question.options.includes(value) ? value : '';
  const typed = typeof value === 'string' && !question.options.includes(value) ? value : '';
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
      <legend className="field__label">{label}</legend>
      {hint}
      {errorLine}
      {question.kind === 'date' ? (
        <input
          id={question.id}
          type={question.withTime ? 'datetime-local' : 'date'}
          value={typed}
          aria-label={label}
          onChange={(e) => onAnswer(e.target.value === '' ? null : e.target.value)}
        />
      ) : (
        <select
          id={question.id}
          value={typed}
          aria-label={label}
          onChange={(e) => onAnswer(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('journey:step.choose_country')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      <div className="choices choices--inline">
        {question.options.map((option) => (
          <div className="choice" key={option}>
            <input
              id={`${question.id}_${option}`}
              type="radio"
              name={`${question.id}_options`}
              checked={optionValue === option}
              onChange={() => onAnswer(option)}
            />
            <label htmlFor={`${question.id}_${option}`}>
              {t(`questionnaire:questions.${question.id}.options.${option}`)}
            </label>
          </div>
        ))}
      </div>
      {why}
    </fieldset>
  );
}
