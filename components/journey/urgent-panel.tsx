'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import type { UrgentPanel } from '@/lib/journey/urgent-panels';
import { useAssessment, useReferralSelection } from '@/lib/store/selectors';
import { useAppStore } from '@/lib/store/use-app-store';

import { ActionText } from '@/components/results/action-item';
import { ReferralCard } from '@/components/results/referral-card';
import { getQuestion } from '@/lib/questionnaire/definition';

import { QuestionField } from './question-field';
import { wordingContext } from '@/lib/questionnaire/wording';

/** The steps that cannot wait, shown between questions as soon as the answers call for them, then back to the questions. */
export function UrgentPanelView({
  panel,
  locale,
  onContinue,
}: {
  panel: UrgentPanel;
  locale: Locale;
  onContinue: () => void;
}) {
  const { t } = useTranslation('journey');
  const caseData = useAppStore((s) => s.caseData);
  const answer = useAppStore((s) => s.answer);
  const countryQuestion = getQuestion('country');
  const assessment = useAssessment();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [panel.key]);
  const selection = useReferralSelection();
  const referrals = useMemo(
    () => (selection?.referrals ?? []).filter((r) => panel.referralKinds.includes(r.kind)).slice(0, 4),
    [selection, panel.referralKinds],
  );
  if (!assessment) return null;
  const actions = assessment.actions.filter((a) => panel.actionIds.includes(a.id));
  return (
    <section
      className={`urgent urgent--${panel.key}`}
      data-testid="urgent-panel"
      data-panel={panel.key}
      aria-labelledby="urgent-title"
    >
      <h1 id="urgent-title" tabIndex={-1} ref={headingRef}>
        {t(`urgent.${panel.key}.title`)}
      </h1>
      <p className="lead">{t(`urgent.${panel.key}.intro`)}</p>
      <ol className="actions actions--urgent">
        {actions.map((a) => (
          <li key={a.id} className="action" data-action={a.id}>
            <ActionText
              id={a.id}
              deadline={a.deadline}
              context={a.variant ?? wordingContext(caseData?.respondent)}
            />
          </li>
        ))}
      </ol>
      {panel.key === 'safety' && countryQuestion && (!caseData?.country || caseData.country === 'other') ? (
        <div className="panel" data-testid="urgent-country">
          <p>{t('urgent.country_for_numbers')}</p>
          <QuestionField
            question={countryQuestion}
            locale={locale}
            context={wordingContext(caseData?.respondent)}
            value={caseData?.country ?? undefined}
            onAnswer={(v) => answer('country', v)}
          />
        </div>
      ) : null}
      {referrals.length > 0 ? <h2>{t('urgent.who_can_help')}</h2> : null}
      {referrals.map((r) => (
        <ReferralCard
          key={r.entry.id}
          selected={r}
          locale={locale}
          callerCountry={caseData?.country ?? null}
        />
      ))}
      <p className="muted">{t('urgent.later')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="urgent-continue"
        onClick={onContinue}
      >
        {t('urgent.continue')}
      </button>
    </section>
  );
}
