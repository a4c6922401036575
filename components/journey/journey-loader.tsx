'use client';

import dynamic from 'next/dynamic';

import type { Locale } from '@/lib/i18n/config';

import { FirstStep } from './first-step';

// The case engine and storage load after the page is interactive: the quick exit, the language switch and the
// first screen's questions (FirstStep, written into the page by the build) work at once, and the first-load budget
// stays small on cheap phones.
const JourneyApp = dynamic(() => import('./journey-app').then((m) => m.JourneyApp), {
  ssr: false,
  loading: FirstStep,
});

/** Loads the journey on the client. */
export function JourneyLoader({ locale }: { locale: Locale }) {
  return <JourneyApp locale={locale} />;
}
