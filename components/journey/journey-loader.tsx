'use client';

import dynamic from 'next/dynamic';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';

function Loading() {
  const { t } = useTranslation('journey');
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

// The case engine, the questionnaire and storage load after the page is interactive: the quick exit and the
// language switch work at once, and the first-load budget stays small on cheap phones.
const JourneyApp = dynamic(() => import('./journey-app').then((m) => m.JourneyApp), {
  ssr: false,
  loading: Loading,
});

/** Loads the journey on the client. */
export function JourneyLoader({ locale }: { locale: Locale }) {
  return <JourneyApp locale={locale} />;
}
