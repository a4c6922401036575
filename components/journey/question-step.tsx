'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { getAnswer, isQuestionAnswered } from '@/lib/questionnaire/answers';
import { getStep } from '@/lib/questionnaire/definition';
import { getProgress, getVisibleQuestions } from '@/lib/questionnaire/navigation';
import { useAppStore } from '@/lib/store/use-app-store';

import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';

import { QuestionField } from './question-field';
import { wordingContext } from '@/lib/questionnaire/wording';

/**
 * One screen of questions: progress by part, the questions, an error summary, Back and Continue. While a record
 * form is open, its Save and Cancel are the only way on: the step's own button (Continue, or "Save and go back to
 * check your answers") is hidden, and pressing Enter in the record form does not leave the step.
 */
export function QuestionStep({
  stepId,
  locale,
  onContinue,
  onBack,
}: {
  stepId: string;
  locale: Locale;
  onContinue: () => void;
  onBack: (() => void) | null;
}) {
  const { t } = useTranslation(['journey', 'questionnaire']);
  const caseData = useAppStore((s) => s.caseData);
  const answer = useAppStore((s) => s.answer);
  const returnToReview = useAppStore((s) => s.session.returnToReview);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A record form (add or edit a payment, a detail...) has its own Save and Cancel; it is kept in the session.
  const hasOpenRecordForm = useAppStore((s) => s.session.recordForm !== null);

  // The parent gives each step its own key, so errors start empty on every step.
  useEffect(() => {
    headingRef.current?.focus();
  }, [stepId]);

  const step = getStep(stepId);
  if (!caseData || !step) return null;
  const questions = getVisibleQuestions(caseData, stepId);
  const progress = getProgress(stepId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Enter in a record form's field must not leave the step with that record unsaved.
    if (hasOpenRecordForm) return;
    const missing = questions
      .filter((q) => q.required && !isQuestionAnswered(caseData, q))
      .map((q) => ({
        fieldId: q.id,
        message: t('journey:errors.required', { question: t(`questionnaire:questions.${q.id}.label`) }),
      }));
    setErrors(missing);
    if (missing.length === 0) onContinue();
  };

  return (
    <form className="step" onSubmit={submit} noValidate data-step={stepId}>
      <div className="progress">
        <p className="progress__label" data-testid="progress-part" data-part={progress.part}>
          {t('journey:step.part', {
            current: progress.part,
            total: progress.totalParts,
            section: t(`questionnaire:parts.${progress.partId}.title`),
          })}
        </p>
        <progress max={100} value={progress.percent} aria-label={t('journey:step.progress_label')} />
      </div>
      <ErrorSummary errors={errors} />
      <h1 tabIndex={-1} ref={headingRef} className="step__title">
        {t(`questionnaire:steps.${stepId}.title`, { context: wordingContext(caseData.respondent) })}
      </h1>
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          locale={locale}
          context={wordingContext(caseData.respondent)}
          value={getAnswer(caseData, q.id)}
          error={errors.find((e) => e.fieldId === q.id)?.message}
          onAnswer={(v) => {
            answer(q.id, v);
            if (errors.length > 0) setErrors((es) => es.filter((e) => e.fieldId !== q.id));
          }}
        />
      ))}
      <div className="button-row button-row--journey">
        {hasOpenRecordForm ? null : (
          <button type="submit" className="button button--primary" data-testid="continue">
            {returnToReview ? t('journey:step.back_to_review') : t('journey:step.continue')}
          </button>
        )}
        {onBack ? (
          <button type="button" className="button button--secondary" onClick={onBack} data-testid="back">
            {t('journey:step.back')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
