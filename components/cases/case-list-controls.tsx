'use client';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { URGENCIES } from '@/lib/case/codes';
import { CASE_STATUSES } from '@/lib/case/follow-up';
import { CASE_LIST_SORTS, type CaseListQuery } from '@/lib/case-list/case-list';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/i18n/country-name';

import styles from './cases.module.css';

/** The search box, the filters (urgency, status, country) and the order of the volunteer's list. */
export function CaseListControls({
  query,
  countries,
  locale,
  onChange,
}: {
  query: CaseListQuery;
  /** The countries the cases have (ISO codes or `other`). */
  countries: readonly string[];
  locale: Locale;
  onChange: (next: CaseListQuery) => void;
}) {
  const { t } = useTranslation(['journey', 'results']);
  const id = useId();
  const set = (patch: Partial<CaseListQuery>) => onChange({ ...query, ...patch });
  return (
    <div className={styles.controls} role="search">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('journey:cases.search_label')}
        </label>
        <p id={`${id}-text-hint`} className="hint small">
          {t('journey:cases.search_hint')}
        </p>
        <input
          id={`${id}-text`}
          type="search"
          className={styles.search}
          data-testid="case-search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-text-hint`}
          value={query.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
        />
      </div>
      <fieldset className={styles.filters}>
        <legend className="visually-hidden">{t('journey:cases.filters')}</legend>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-urgency`}>
            {t('journey:cases.filter_urgency')}
          </label>
          <select
            id={`${id}-urgency`}
            data-testid="case-filter-urgency"
            value={query.urgency}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ urgency: URGENCIES.find((u) => u === value) ?? 'any' });
            }}
          >
            <option value="any">{t('journey:cases.any')}</option>
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`journey:cases.urgencies.${u}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('journey:cases.filter_status')}
          </label>
          <select
            id={`${id}-status`}
            data-testid="case-filter-status"
            value={query.status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ status: CASE_STATUSES.find((s) => s === value) ?? 'any' });
            }}
          >
            <option value="any">{t('journey:cases.any')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`journey:cases.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-country`}>
            {t('journey:cases.filter_country')}
          </label>
          <select
            id={`${id}-country`}
            data-testid="case-filter-country"
            value={query.country}
            onChange={(event) => set({ country: event.currentTarget.value })}
          >
            <option value="any">{t('journey:cases.any')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {c === 'other' ? t('results:country_other') : countryName(c, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-sort`}>
            {t('journey:cases.sort_label')}
          </label>
          <select
            id={`${id}-sort`}
            data-testid="case-sort"
            value={query.sort}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ sort: CASE_LIST_SORTS.find((s) => s === value) ?? 'updated_newest' });
            }}
          >
            {CASE_LIST_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`journey:cases.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </div>
  );
}
