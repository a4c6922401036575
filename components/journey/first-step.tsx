'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RESPONDENTS } from '@/lib/case/enums';
import { getEarlyAnswers, setEarlyAnswer } from '@/lib/journey/early-answers';
import { wordingContext } from '@/lib/questionnaire/wording';
import { getFirstStepId, getProgress } from '@/lib/questionnaire/navigation';
import { getStep } from '@/lib/questionnaire/definition';

/**
 * The journey's first screen as the build writes it into the page: the first step's questions, answerable at once,
 * before the journey's code and storage have loaded (they load after, and take the answers over: see
 * lib/journey/early-answers.ts). Same markup as QuestionStep and QuestionField for choice questions, so the swap is
 * seamless. A first step with another kind of question shows the loading line instead.
 */
export function FirstStep() {
  const { t } = useTranslation(['journey', 'questionnaire']);
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, string>>>(getEarlyAnswers);
  const [isWaiting, setIsWaiting] = useState(false);
  // Who is answering, once chosen here, changes the words of the questions below it (lib/questionnaire/wording.ts).
  const context = wordingContext(RESPONDENTS.find((r) => r === answers.respondent));
  const stepId = getFirstStepId();
  const step = getStep(stepId);
  const questions = step?.questions ?? [];
  const isChoicesOnly = questions.every((q) => q.kind === 'yes_no' || q.kind === 'single_choice');

  const [isInteractive, setIsInteractive] = useState(false);
  // A choice made before the page was hydrated is in the form only: take it in. The radios are uncontrolled
  // (defaultChecked), so hydration never clears a choice the browser already shows.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'))
      setEarlyAnswer(input.name, input.value);
    setAnswers(getEarlyAnswers());
    setIsInteractive(true);
  }, []);

  if (!step || !isChoicesOnly) {
    return (
      <p className="loading" role="status">
        {t('journey:loading')}
      </p>
    );
  }
  const progress = getProgress(stepId);
  const choose = (questionId: string, value: string) => {
    setEarlyAnswer(questionId, value);
    setAnswers(getEarlyAnswers());
  };

  return (
    <>
      {/* Shown instead of the question when the passphrase lock is on (app/globals.css, lib/safety/lock-hint.ts). */}
      <p className="loading first-step-locked">{t('journey:loading')}</p>
      <form
        ref={formRef}
        className="step"
        noValidate
        data-prerendered-step={stepId}
        data-interactive={isInteractive ? 'true' : undefined}
        onSubmit={(event: FormEvent) => {
          // Moving on needs the journey itself: say it is opening; the answers given here are kept.
          event.preventDefault();
          setIsWaiting(true);
        }}
      >
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
        <h1 tabIndex={-1} className="step__title">
          {t(`questionnaire:steps.${stepId}.title`, { context })}
        </h1>
        {questions.map((q) => {
          const hintId = q.hint ? `${q.id}-hint` : undefined;
          return (
            <fieldset key={q.id} className="field" aria-describedby={hintId}>
              <legend className="field__label">
                {t(`questionnaire:questions.${q.id}.label`, { context })}
              </legend>
              {q.hint ? (
                <p className="hint" id={hintId}>
                  {t(`questionnaire:questions.${q.id}.hint`, { context })}
                </p>
              ) : null}
              <div className="choices">
                {'options' in q
                  ? q.options.map((option, i) => {
                      const id = `${q.id}${i === 0 ? '' : `_${option}`}`;
                      return (
                        <div className="choice" key={option}>
                          <input
                            id={id}
                            type="radio"
                            name={q.id}
                            value={option}
                            defaultChecked={answers[q.id] === option}
                            onChange={() => choose(q.id, option)}
                          />
                          <label htmlFor={id}>
                            {t(`questionnaire:questions.${q.id}.options.${option}`, { context })}
                          </label>
                        </div>
                      );
                    })
                  : null}
              </div>
              {q.whyWeAsk ? (
                <details className="why">
                  <summary>{t('journey:step.why_we_ask')}</summary>
                  <p>{t(`questionnaire:questions.${q.id}.why`, { context })}</p>
                </details>
              ) : null}
            </fieldset>
          );
        })}
        <div className="button-row button-row--journey">
          <button type="submit" className="button button--primary" data-testid="continue">
            {t('journey:step.continue')}
          </button>
        </div>
        {isWaiting ? (
          <p className="loading" role="status">
            {t('journey:loading')}
          </p>
        ) : null}
      </form>
    </>
  );
}
