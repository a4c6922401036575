'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { hasStartIntent } from '@/lib/persistence/intent';
import { peekSavedNotes } from '@/lib/persistence/peek-saved';
import { isDrawnLocked } from '@/lib/safety/lock-hint';

import { FirstStep } from './first-step';

type JourneyAppType = ComponentType<{ locale: Locale }>;

/** Each language's words as a chunk of their own (the same chunk a pack in that language loads). */
const WORDS = {
  en: () => import('@/locales/en'),
  es: () => import('@/locales/es'),
  pt: () => import('@/locales/pt'),
} satisfies Record<Locale, () => Promise<{ RESOURCES: Record<string, unknown> }>>;

/** A reload or a step back to this page: the person was using the journey here, so it loads at once. */
function isReturn(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** Any of these on the page means the person has started to use it. */
const INTERACTIONS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Loads the journey on the client. The case engine, storage and the language's words (about 600 KB of script to
 * run) load side by side, and not while the first screen is still being read on a fresh visit: the quick exit, the
 * language switch and the first screen's questions (FirstStep, written into the page by the build with only the
 * words it shows) work at once, and the journey loads as soon as the person touches or types anything, or at once
 * when they come from the start page with a choice, reload the page or come back to it, have saved notes to go
 * back to (their case must show), or have the passphrase lock on (the unlock form must show).
 */
export function JourneyLoader({ locale }: { locale: Locale }) {
  const { i18n } = useTranslation();
  const [journey, setJourney] = useState<{ App: JourneyAppType } | { error: unknown } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let isStarted = false;
    const stopListening = () => {
      for (const type of INTERACTIONS) document.removeEventListener(type, start, true);
    };
    function start() {
      if (isStarted) return;
      isStarted = true;
      stopListening();
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
    }
    // With the lock on (lib/safety/lock-hint.ts), the first question is not shown: the unlock form must come at once.
    if (hasStartIntent() || isReturn() || isDrawnLocked()) start();
    else {
      for (const type of INTERACTIONS)
        document.addEventListener(type, start, { capture: true, passive: true });
      void peekSavedNotes().then(({ count }) => {
        if (count > 0 && isCurrent) start();
      });
    }
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [i18n, locale]);
  // A chunk that cannot load goes to the screen's error boundary, as a failed lazy component would.
  if (journey && 'error' in journey) throw journey.error;
  if (!journey) return <FirstStep />;
  return <journey.App locale={locale} />;
}
