'use client';

import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseListEntry } from '@/lib/case-list/case-list';
import { dueOf } from '@/lib/case-list/case-list';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/i18n/country-name';

import styles from './cases.module.css';

/** How the row shows dates: a date-time formatter and a date-only one, made once by the list. */
export type RowFormats = { dateTime: Intl.DateTimeFormat; day: Intl.DateTimeFormat };

/** A date (2026-03-09) or date-time read as the calendar day it names, shown in the person's language. */
function dayText(value: string, day: Intl.DateTimeFormat): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return day.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** What can be done with a case from its row. */
export type CaseRowAction = 'open' | 'follow_up' | 'rename' | 'delete';

/**
 * One case in the volunteer's list: its name, where it stands, when it changed and when to follow it up. Drawn again
 * only when its entry changes (a keystroke in the search redraws only the rows that come and go).
 */
export const CaseRow = memo(function CaseRow({
  entry,
  today,
  locale,
  formats,
  isCurrent,
  onAction,
}: {
  entry: CaseListEntry;
  today: string;
  locale: Locale;
  formats: RowFormats;
  isCurrent: boolean;
  onAction: (action: CaseRowAction, entry: CaseListEntry) => void;
}) {
  const { t } = useTranslation(['journey', 'results']);
  const due = dueOf(entry, today);
  const isDue = due === 'overdue' || due === 'today';
  const title =
    entry.title ?? t('journey:cases.untitled', { date: formats.dateTime.format(new Date(entry.createdAt)) });
  const country =
    entry.country === null
      ? t('journey:cases.country_none')
      : entry.country === 'other'
        ? t('results:country_other')
        : countryName(entry.country, locale);
  return (
    <li
      className={`panel cases__item ${styles.row} ${isDue ? styles['row--due'] : ''}`}
      data-testid="case-item"
      data-case-id={entry.id}
      data-status={entry.status}
      data-urgency={entry.urgency}
      data-due={due}
    >
      <p className="cases__title">
        {title}
        {isCurrent ? <span className="tag">{t('journey:cases.current')}</span> : null}
      </p>
      <ul className={styles.tags}>
        <li className="tag">{t(`journey:cases.statuses.${entry.status}`)}</li>
        <li className="tag">{t(`journey:cases.urgencies.${entry.urgency}`)}</li>
        <li className="tag">{country}</li>
      </ul>
      {isDue ? (
        <p className={`${styles.meta} ${styles.due}`} data-testid="case-due">
          {due === 'today'
            ? t('journey:cases.due_today')
            : t('journey:cases.overdue', { date: dayText(entry.followUpOn ?? today, formats.day) })}
        </p>
      ) : entry.followUpOn !== null && entry.status !== 'closed' ? (
        <p className={styles.meta}>
          {t('journey:cases.follow_up_on', { date: dayText(entry.followUpOn, formats.day) })}
        </p>
      ) : null}
      <p className={`muted ${styles.meta}`}>
        {t('journey:cases.updated', { date: formats.dateTime.format(new Date(entry.updatedAt)) })}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onAction('open', entry)}>
          {t('journey:cases.open')}
          <span className="visually-hidden">: {title}</span>
        </button>
        <button
          type="button"
          className="button"
          data-testid="case-follow-up"
          onClick={() => onAction('follow_up', entry)}
        >
          {t('journey:cases.follow_up')}
          <span className="visually-hidden">: {title}</span>
        </button>
        <button type="button" className="link-button" onClick={() => onAction('rename', entry)}>
          {t('journey:cases.rename')}
          <span className="visually-hidden">: {title}</span>
        </button>
        <button
          type="button"
          className="link-button link-button--danger"
          onClick={() => onAction('delete', entry)}
        >
          {t('journey:cases.delete')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
    </li>
  );
});
