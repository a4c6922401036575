'use client';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { getAnswer } from '@/lib/questionnaire/answers';
import { getProgress, getVisibleQuestions, getVisibleSteps } from '@/lib/questionnaire/navigation';
import { RECORD_LIST_FIELDS } from '@/lib/questionnaire/records';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { Section } from '@/components/results/section';

import { answerText } from './answer-text';

/** The visible steps grouped by the part of the questionnaire they belong to, in order. */
function stepsByPart(stepIds: readonly string[]): { partId: string; stepIds: string[] }[] {
  const parts: { partId: string; stepIds: string[] }[] = [];
  for (const stepId of stepIds) {
    const { partId } = getProgress(stepId);
    const last = parts.at(-1);
    if (last?.partId === partId) last.stepIds.push(stepId);
    else parts.push({ partId, stepIds: [stepId] });
  }
  return parts;
}

/**
 * Every answer, grouped by part in sections that open on demand, with a "Change" button back to its question;
 * changing an answer re-runs the branching.
 */
export function CheckAnswers({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['journey', 'questionnaire']);
  const caseData = useAppStore((s) => s.caseData);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (!caseData) return null;

  return (
    <div className="review">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('journey:review.title')}
      </h1>
      <p>{t('journey:review.intro')}</p>
      {stepsByPart(getVisibleSteps(caseData)).map((part) => (
        <Section
          key={part.partId}
          id={`review_${part.partId}`}
          title={t(`questionnaire:parts.${part.partId}.title`)}
        >
          {part.stepIds.map((stepId) => (
            <section key={stepId} className="review__step">
              <h3>{t(`questionnaire:steps.${stepId}.title`)}</h3>
              <dl className="summary-list">
                {getVisibleQuestions(caseData, stepId).map((q) => {
                  let shown: string | null;
                  if (q.kind === 'records') {
                    const count = caseData[RECORD_LIST_FIELDS[q.records]].length;
                    shown = count > 0 ? t('journey:review.records_count', { count }) : null;
                  } else if (q.kind === 'account') shown = caseData.account.trim() ? caseData.account : null;
                  else shown = answerText(q, getAnswer(caseData, q.id), t, locale);
                  const label = t(`questionnaire:questions.${q.id}.label`);
                  return (
                    <div className="summary-list__row" key={q.id}>
                      <dt>{label}</dt>
                      <dd className={shown ? 'prewrap' : 'muted'}>
                        {shown ?? t('journey:review.not_answered')}
                      </dd>
                      <dd>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => appStore.getState().goToStep(stepId, { returnToReview: true })}
                        >
                          {t('journey:review.change')}
                          <span className="visually-hidden"> {label}</span>
                        </button>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          ))}
        </Section>
      ))}
      <button
        type="button"
        className="button button--primary"
        data-testid="see-results"
        onClick={() => appStore.getState().showView('results')}
      >
        {t('journey:review.submit')}
      </button>
    </div>
  );
}
