'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { computeFigures, FIGURE_IDS, type Figures } from '@/lib/figures/compute';
import { figuresToCsv } from '@/lib/figures/csv';
import type { FigureWords } from '@/lib/figures/labels';
import { countryName } from '@/lib/i18n/country-name';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';

import { FigureTable } from './figure-table';
import { LossTable } from './loss-table';
import { loadFigureCases } from './load-figure-cases';
import styles from './figures.module.css';

// The figures' words load with the figures, not with the journey.
const WORDS = {
  en: () => import('@/locales/en/figures.json'),
  es: () => import('@/locales/es/figures.json'),
  pt: () => import('@/locales/pt/figures.json'),
} satisfies Record<Locale, () => Promise<{ default: object }>>;

const STATEMENTS = ['counted', 'never', 'small', 'multiple', 'referrals', 'publish'] as const;

type State =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; figures: Figures; isEmpty: boolean; hasUnreadable: boolean };

function saveCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Anonymous counts of the cases on this device, as tables with bars, and as a CSV to download. */
export function FiguresView({ locale, onClose }: { locale: Locale; onClose: () => void }) {
  const { t, i18n } = useTranslation('journey');
  const [state, setState] = useState<State>({ status: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const words: FigureWords = {
    t: (key, values) => t(key, values ?? {}),
    countryName: (code) => countryName(code, locale),
  };

  useEffect(() => {
    let isLive = true;
    Promise.all([WORDS[locale](), loadFigureCases()])
      .then(([bundle, { cases, hasUnreadable }]) => {
        i18n.addResourceBundle(locale, 'figures', bundle.default, true, true);
        if (!isLive) return;
        const figures = computeFigures(cases, new Date());
        setState({ status: 'ready', figures, isEmpty: cases.length === 0, hasUnreadable });
      })
      .catch(() => {
        if (isLive) setState({ status: 'failed' });
      });
    return () => {
      isLive = false;
    };
  }, [locale, i18n]);

  useEffect(() => {
    if (state.status === 'ready') headingRef.current?.focus();
  }, [state.status]);

  if (state.status === 'loading') return <p role="status">{t('cases.figures_loading')}</p>;
  if (state.status === 'failed')
    return (
      <p role="alert" className="panel panel--calm">
        {t('cases.figures_failed')}
      </p>
    );

  const { figures } = state;
  return (
    <section className={styles.view} data-testid="figures" aria-labelledby="figures-title">
      <h2 id="figures-title" tabIndex={-1} ref={headingRef}>
        {t('figures:title')}
      </h2>
      <p>
        {figures.cases === 'fewer_than_5'
          ? t('figures:intro_small')
          : t('figures:intro', { count: figures.cases })}
      </p>
      {state.hasUnreadable ? <p className="panel panel--calm">{t('figures:unreadable')}</p> : null}
      <section className="panel panel--calm" data-testid="figures-statement">
        <h3>{t('figures:what_counted_title')}</h3>
        <ul className={styles.list}>
          {STATEMENTS.map((key) => (
            <li key={key}>{t(`figures:what_counted.${key}`)}</li>
          ))}
        </ul>
      </section>
      {state.isEmpty ? <p>{t('figures:empty')}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="figures-download"
          onClick={() => saveCsv(figuresToCsv(figures, words), `${t('figures:file_name')}.csv`)}
        >
          {t('figures:download')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('figures:close')}
        </button>
      </div>
      {FIGURE_IDS.filter((id) => figures.figures[id].length > 0).map((id) => (
        <FigureTable key={id} id={id} rows={figures.figures[id]} words={words} />
      ))}
      {figures.losses.length > 0 ? (
        <LossTable losses={figures.losses} words={words} intlLocale={INTL_LOCALE[locale]} />
      ) : null}
    </section>
  );
}
