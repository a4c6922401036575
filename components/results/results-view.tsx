'use client';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { wordingContext } from '@/lib/questionnaire/wording';
import { countryName } from '@/lib/i18n/country-name';
import { useAssessment, useReferralSelection } from '@/lib/store/selectors';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { ActionText } from './action-item';
import { FollowUpSection } from './follow-up-section';
import { ReferralCard } from './referral-card';
import { Section } from './section';

/** At most this many first steps on the first screen; every action is in the checklist. */
const FIRST_STEPS_SHOWN = 3;

/** What to do next: urgency and first steps, what happened in legal terms, rights, where to get help, a checklist. */
export function ResultsView({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['results', 'assessment', 'referrals']);
  const caseData = useAppStore((s) => s.caseData);
  const toggle = useAppStore((s) => s.toggleChecklistItem);
  const assessment = useAssessment();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const selection = useReferralSelection();
  if (!assessment || !caseData || !selection) return null;

  const level = assessment.urgency.level;
  // The engine's own order (lib/triage/codes.ts), so the first steps shown are the ones the evaluation judges.
  const firstSteps = assessment.actions.slice(0, FIRST_STEPS_SHOWN);
  const done = new Set(caseData.checklist.map((c) => c.actionId));

  return (
    <div className="results">
      <section
        className={`urgency urgency--${level}`}
        data-testid="urgency-banner"
        data-level={level}
        aria-labelledby="results-title"
      >
        <h1 id="results-title" tabIndex={-1} ref={headingRef}>
          {t(`assessment:urgency.${level}.title`)}
        </h1>
        <p>{t(`assessment:urgency.${level}.summary`)}</p>
        {firstSteps.length > 0 ? (
          <>
            <h2>{t('results:first_steps')}</h2>
            <ol className="actions">
              {firstSteps.map((a) => (
                <li key={a.id} className="action" data-action={a.id}>
                  <ActionText
                    id={a.id}
                    deadline={a.deadline}
                    context={a.variant ?? wordingContext(caseData?.respondent)}
                  />
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      <Section id="results_help" title={t('results:help_title')}>
        {selection.notices.map((n) => (
          <p key={`${n.code}-${n.kind ?? ''}`} className="panel panel--calm" data-notice={n.code}>
            {t(`referrals:notices.${n.code}`, {
              country: n.country
                ? n.country === 'other'
                  ? t('results:country_other')
                  : countryName(n.country, locale)
                : '',
              kind: n.kind ? t(`referrals:kinds.${n.kind}`) : '',
            })}
          </p>
        ))}
        {selection.referrals.map((r) => (
          <ReferralCard key={r.entry.id} selected={r} locale={locale} callerCountry={caseData.country} />
        ))}
      </Section>

      <FollowUpSection caseData={caseData} selection={selection} locale={locale} />

      {assessment.flags.possibleLaunderingExposure ? (
        // Someone used to move money: their own position, apart from what was done to them (issue #10).
        <Section id="results_own_position" title={t('results:own_position_title')} testId="own-position">
          <p>{t('results:own_position_intro')}</p>
          <div className="panel panel--calm" data-note="possible_laundering_exposure">
            <h3>{t('assessment:notes.possible_laundering_exposure.title')}</h3>
            <p>{t('assessment:notes.possible_laundering_exposure.text')}</p>
          </div>
          {selection.referrals
            .filter((r) => r.kind === 'legal_help')
            .map((r) => (
              <ReferralCard key={r.entry.id} selected={r} locale={locale} callerCountry={caseData.country} />
            ))}
        </Section>
      ) : null}

      <Section id="results_law" title={t('results:law_title')} testId="offences">
        <p className="muted">{t('results:law_intro')}</p>
        <p className="muted" data-testid="convention-status">
          {t('assessment:labels.convention_status')}
        </p>
        {assessment.offences.map((o) => (
          <article key={o.article} className="panel offence" data-article={o.article}>
            <h3>
              {t('assessment:labels.article', { number: o.article.replace('unc_', '') })} ·{' '}
              {t(`assessment:offences.${o.article}.title`)}
            </h3>
            <p>{t(`assessment:offences.${o.article}.explanation`)}</p>
            <p className="muted">
              {o.budapest
                ? t(`assessment:budapest.${o.budapest}`)
                : t('assessment:labels.no_budapest_equivalent')}
            </p>
            {o.facts.length > 0 ? (
              <p className="muted">
                {t('results:based_on', { facts: o.facts.map((f) => t(`assessment:facts.${f}`)).join('; ') })}
              </p>
            ) : null}
          </article>
        ))}
        {assessment.notes
          .filter((n) => n.code !== 'possible_laundering_exposure')
          .map((n) => (
            <div key={n.code} className="panel panel--calm" data-note={n.code}>
              <h3>{t(`assessment:notes.${n.code}.title`)}</h3>
              <p>{t(`assessment:notes.${n.code}.text`)}</p>
            </div>
          ))}
      </Section>

      <Section id="results_rights" title={t('results:rights_title')} testId="rights">
        <p className="muted" data-testid="rights-convention-status">
          {t('assessment:labels.convention_status')}
        </p>
        <ul className="rights">
          {assessment.rights.map((r) => (
            <li key={r.id} data-right={r.id}>
              <strong>{t(`assessment:rights.${r.id}.title`)}</strong> {t(`assessment:rights.${r.id}.text`)}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="results_checklist" title={t('results:checklist_title')}>
        <p className="muted">{t('results:checklist_intro')}</p>
        <ul className="checklist">
          {assessment.actions.map((a) => (
            <li key={a.id} className="choice">
              <input
                id={`done_${a.id}`}
                type="checkbox"
                checked={done.has(a.id)}
                onChange={() => toggle(a.id)}
              />
              <label htmlFor={`done_${a.id}`}>
                <ActionText
                  id={a.id}
                  deadline={a.deadline}
                  context={a.variant ?? wordingContext(caseData?.respondent)}
                />
              </label>
            </li>
          ))}
        </ul>
      </Section>

      <div className="button-row no-print">
        <button
          type="button"
          className="button button--primary"
          data-testid="open-pack"
          onClick={() => appStore.getState().showView('pack')}
        >
          {t('results:pack_button')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => appStore.getState().showView('review')}
        >
          {t('results:change_answers')}
        </button>
      </div>
      <p className="muted small">{t('results:disclaimer')}</p>
    </div>
  );
}
