'use client';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { REFERRAL_STATUSES } from '@/lib/case/enums';
import {
  changeFollowUp,
  followUpOf,
  localDay,
  STATUS_DATE_FIELD,
  type FollowUpPatch,
  type FollowUpTarget,
} from '@/lib/case/follow-up';
import type { Case } from '@/lib/case/schema';
import type { Locale } from '@/lib/i18n/config';
import { followUpTargetName, listFollowUpTargets } from '@/lib/referrals/follow-up-targets';
import type { ReferralSelection } from '@/lib/referrals/selection-types';
import { appStore } from '@/lib/store/use-app-store';

import styles from './follow-up.module.css';
import { Section } from './section';

/** The section's stable id (its open state is remembered for the tab under it). */
export const FOLLOW_UP_SECTION_ID = 'results_follow_up';

/** A date input's value from a stored date or date-time (the day part), or empty. */
const dayValue = (value: string | null) => value?.slice(0, 10) ?? '';

/** Saves a change to the open case (autosaved like every other change). */
const update = (change: (c: Case) => Case) => appStore.getState().updateCase(change, new Date(), 'now');

/** One referral being followed: where it stands, the date it got there, its reference number and notes. */
function FollowUpItem({
  caseData,
  target,
  locale,
}: {
  caseData: Case;
  target: FollowUpTarget;
  locale: Locale;
}) {
  const { t } = useTranslation(['results', 'referrals', 'questionnaire']);
  const id = useId();
  const followUp = followUpOf(caseData, target);
  const dateField = STATUS_DATE_FIELD[followUp.status];
  const name = followUpTargetName(target, caseData, locale, (key) => t(key));
  const change = (patch: FollowUpPatch, hint: 'now' | 'typing' = 'now') =>
    appStore
      .getState()
      .updateCase((c) => changeFollowUp(c, target, patch, localDay(new Date())), new Date(), hint);
  const text = (value: string) => (value.trim() === '' ? null : value);
  const reportTag =
    target.source === 'report_made' ? (
      <span className="tag">{t('results:follow_up_report_made')}</span>
    ) : null;
  // Closed at first, so a long list of referrals reads as a list: each one's name and where it stands.
  return (
    <details
      className="panel"
      data-testid="follow-up"
      data-target={`${target.source}:${target.targetId}`}
      data-status={followUp.status}
    >
      <summary className={styles.summary} data-testid="follow-up-summary">
        <strong>{name}</strong>
        {reportTag} <span className="tag">{t(`referrals:follow_up.statuses.${followUp.status}`)}</span>
      </summary>
      <fieldset className={styles.fields}>
        <legend className="visually-hidden">{name}</legend>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('results:follow_up_status')}
          </label>
          <select
            id={`${id}-status`}
            data-testid="follow-up-status"
            value={followUp.status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const status = REFERRAL_STATUSES.find((s) => s === value);
              if (status) change({ status });
            }}
          >
            {REFERRAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`referrals:follow_up.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {dateField === null ? null : (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-date`}>
              {t('results:follow_up_date')}
            </label>
            <input
              id={`${id}-date`}
              type="date"
              data-testid="follow-up-date"
              value={dayValue(followUp[dateField])}
              onChange={(event) => change({ [dateField]: text(event.currentTarget.value) })}
            />
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reference`}>
            {t('results:follow_up_reference')}
          </label>
          <input
            id={`${id}-reference`}
            type="text"
            data-testid="follow-up-reference"
            maxLength={200}
            autoComplete="off"
            value={followUp.reference ?? ''}
            onChange={(event) => change({ reference: text(event.currentTarget.value) }, 'typing')}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-notes`}>
            {t('results:follow_up_notes')}
          </label>
          <textarea
            id={`${id}-notes`}
            rows={3}
            data-testid="follow-up-notes"
            maxLength={5000}
            value={followUp.notes ?? ''}
            onChange={(event) => change({ notes: text(event.currentTarget.value) }, 'typing')}
          />
        </div>
      </fieldset>
    </details>
  );
}

/**
 * Following the case through (issue 14, point 2): the next follow-up day, closing the case, and where each referral
 * stands, for the referrals the results recommend and the reports already made. Every change is saved with the case.
 */
export function FollowUpSection({
  caseData,
  selection,
  locale,
}: {
  caseData: Case;
  selection: ReferralSelection;
  locale: Locale;
}) {
  const { t } = useTranslation('results');
  const id = useId();
  // The results' order, then reports already made, then referrals followed earlier: editing one never moves it.
  const targets = listFollowUpTargets(caseData, selection);
  return (
    <Section id={FOLLOW_UP_SECTION_ID} title={t('follow_up_title')} testId="follow-up-section">
      <p className="muted">{t('follow_up_intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-day`}>
          {t('follow_up_day')}
        </label>
        <p id={`${id}-day-hint`} className="hint small">
          {t('follow_up_day_hint')}
        </p>
        <input
          id={`${id}-day`}
          type="date"
          data-testid="follow-up-day"
          aria-describedby={`${id}-day-hint`}
          value={dayValue(caseData.followUpOn)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update((c) => ({ ...c, followUpOn: value === '' ? null : value }));
          }}
        />
      </div>
      <div className="choice">
        <input
          id={`${id}-closed`}
          type="checkbox"
          data-testid="case-closed"
          checked={caseData.closedOn !== null}
          onChange={(event) => {
            const isClosed = event.currentTarget.checked;
            update((c) => ({ ...c, closedOn: isClosed ? localDay(new Date()) : null }));
          }}
        />
        <label htmlFor={`${id}-closed`}>{t('close_case')}</label>
      </div>
      {targets.map((target) => (
        <FollowUpItem
          key={`${target.source}:${target.targetId}`}
          caseData={caseData}
          target={target}
          locale={locale}
        />
      ))}
    </Section>
  );
}
