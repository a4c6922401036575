'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { getDueUrgentPanel, type UrgentPanel } from '@/lib/journey/urgent-panels';
import {
  DONE,
  getFirstStepId,
  getNextStepId,
  getPreviousStepId,
  getVisibleSteps,
} from '@/lib/questionnaire/navigation';
import { requestPersistenceOnce } from '@/lib/persistence/persist';
import { selectAssessment } from '@/lib/store/selectors';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { CasesView } from './cases-view';
import { CheckAnswers } from './check-answers';
import { JourneyToolbar } from './journey-toolbar';
import { QuestionStep } from './question-step';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { UrgentPanelView } from './urgent-panel';
import { ResultsView } from '@/components/results/results-view';
import { PackView } from '@/components/pack/pack-view';

function ScreenFailed() {
  const { t } = useTranslation('journey');
  return (
    <div className="panel panel--warn" role="alert">
      <h1>{t('errors.screen_failed_title')}</h1>
      <p>{t('errors.screen_failed_body')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => appStore.getState().showView('review')}
      >
        {t('errors.screen_failed_action')}
      </button>
    </div>
  );
}

function scrollTop() {
  window.scrollTo({ top: 0 });
}

/** Shows the view the person is on, and moves between steps (with urgent panels in between when due). */
export function JourneyViews({ locale, onCleared }: { locale: Locale; onCleared: () => void }) {
  const view = useAppStore((s) => s.session.view);
  const stepId = useAppStore((s) => s.session.stepId);
  const caseData = useAppStore((s) => s.caseData);
  const [urgent, setUrgent] = useState<{ panel: UrgentPanel; next: string } | null>(null);
  if (!caseData) return null;

  const visible = getVisibleSteps(caseData);
  const current = stepId && visible.includes(stepId) ? stepId : (visible[0] ?? getFirstStepId());

  const goTo = (next: string) => {
    const { goToStep, showView } = appStore.getState();
    if (next === DONE) showView('review');
    else goToStep(next);
    scrollTop();
  };

  const onContinue = () => {
    const state = appStore.getState();
    const c = state.caseData;
    const assessment = selectAssessment(state);
    if (!c || !assessment) return;
    if (state.session.returnToReview) {
      state.showView('review');
      scrollTop();
      return;
    }
    if (!state.isPrivate) void requestPersistenceOnce();
    const next = getNextStepId(c, current);
    const panel = getDueUrgentPanel(assessment, state.session.urgentSeen);
    if (panel) {
      setUrgent({ panel, next });
      scrollTop();
      return;
    }
    goTo(next);
  };

  let body;
  if (urgent) {
    body = (
      <UrgentPanelView
        panel={urgent.panel}
        locale={locale}
        onContinue={() => {
          appStore.getState().markUrgentSeen(urgent.panel.key);
          const state = appStore.getState();
          const assessment = selectAssessment(state);
          const again = assessment ? getDueUrgentPanel(assessment, state.session.urgentSeen) : null;
          if (again) setUrgent({ panel: again, next: urgent.next });
          else {
            setUrgent(null);
            goTo(urgent.next);
          }
        }}
      />
    );
  } else if (view === 'review') body = <CheckAnswers locale={locale} />;
  else if (view === 'results') body = <ResultsView locale={locale} />;
  else if (view === 'pack') body = <PackView locale={locale} />;
  else if (view === 'cases') body = <CasesView locale={locale} onCleared={onCleared} />;
  else {
    const previous = getPreviousStepId(caseData, current);
    body = (
      <QuestionStep
        key={current}
        stepId={current}
        locale={locale}
        onContinue={onContinue}
        onBack={previous ? () => goTo(previous) : null}
      />
    );
  }
  return (
    <>
      <JourneyToolbar />
      <ScreenErrorBoundary
        resetKey={`${view}:${current}:${urgent?.panel.key ?? ''}`}
        fallback={() => <ScreenFailed />}
      >
        {body}
      </ScreenErrorBoundary>
    </>
  );
}
