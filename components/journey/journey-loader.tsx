'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';

import { FirstStep } from './first-step';

type JourneyAppType = ComponentType<{ locale: Locale }>;

/** Each language's words as a chunk of their own (the same chunk a pack in that language loads). */
const WORDS = {
  en: () => import('@/locales/en'),
  es: () => import('@/locales/es'),
  pt: () => import('@/locales/pt'),
} satisfies Record<Locale, () => Promise<{ RESOURCES: Record<string, unknown> }>>;

/**
 * Loads the journey on the client. The case engine, storage and the language's words load after the page is
 * interactive, side by side: the quick exit, the language switch and the first screen's questions (FirstStep,
 * written into the page by the build with only the words it shows) work at once, and the page stays small.
 */
export function JourneyLoader({ locale }: { locale: Locale }) {
  const { i18n } = useTranslation();
  const [journey, setJourney] = useState<{ App: JourneyAppType } | { error: unknown } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    Promise.all([import('./journey-app'), WORDS[locale]()]).then(
      ([{ JourneyApp }, { RESOURCES }]) => {
        for (const [ns, words] of Object.entries(RESOURCES))
          i18n.addResourceBundle(locale, ns, words, true, true);
        if (isCurrent) setJourney({ App: JourneyApp });
      },
      (error: unknown) => {
        if (isCurrent) setJourney({ error });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [i18n, locale]);
  // A chunk that cannot load goes to the screen's error boundary, as a failed lazy component would.
  if (journey && 'error' in journey) throw journey.error;
  if (!journey) return <FirstStep />;
  return <journey.App locale={locale} />;
}
