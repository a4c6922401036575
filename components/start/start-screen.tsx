'use client';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';

import { StartActions } from './start-actions';

/** The first screen: what the app does, that everything stays on this device, and how to leave quickly. */
export function StartScreen({ locale, actions }: { locale: Locale; actions?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div className="start">
      <h1 className="start__title">{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.not_your_fault')}</p>
      <div className="start__actions">{actions ?? <StartActions locale={locale} />}</div>
      <section className="panel panel--calm" aria-labelledby="private-title">
        <h2 id="private-title">{t('start.private_title')}</h2>
        <p>{t('start.private_body')}</p>
      </section>
      <section className="panel" aria-labelledby="leave-title">
        <h2 id="leave-title">{t('start.leave_title')}</h2>
        <p>{t('start.leave_body')}</p>
      </section>
      <section aria-labelledby="get-title">
        <h2 id="get-title">{t('start.what_you_get_title')}</h2>
        <ul className="ticks">
          <li>{t('start.what_you_get_steps')}</li>
          <li>{t('start.what_you_get_law')}</li>
          <li>{t('start.what_you_get_where')}</li>
          <li>{t('start.what_you_get_pack')}</li>
        </ul>
      </section>
    </div>
  );
}
