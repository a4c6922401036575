'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { takeOverEarlyAnswers } from '@/lib/journey/early-answers';
import { connectStoreToStorage } from '@/lib/persistence/connect-store';
import { caseLifecycle } from '@/lib/persistence/case-lifecycle';
import { getRepository, setActiveConnection } from '@/lib/persistence/instance';
import { classifyStorageError } from '@/lib/persistence/storage-error';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { useCaseListPrefetch } from '@/components/cases/use-case-entries';

import { FirstStep } from './first-step';
import { JourneyViews } from './journey-views';

type Phase =
  { state: 'loading' } | { state: 'ready' } | { state: 'cleared' } | { state: 'failed'; code: string };

const lifecycle = caseLifecycle(appStore);

/**
 * Takes over the answers given on the prerendered first screen: into a new case, and from now on straight into the
 * store; an existing case that was opened instead keeps its own answers.
 */
function takeOverFirstScreen(isNewCase: boolean): void {
  const answer = (id: string, value: string) => appStore.getState().answer(id, value);
  const early = takeOverEarlyAnswers(answer);
  if (isNewCase) for (const [id, value] of Object.entries(early)) answer(id, value);
}

function Cleared({ locale, isElsewhere }: { locale: Locale; isElsewhere: boolean }) {
  const { t } = useTranslation('journey');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="panel panel--calm" role="status" data-testid="case-closed">
      <h1 tabIndex={-1} ref={ref}>
        {t(isElsewhere ? 'cases.deleted_elsewhere_title' : 'cases.cleared_title')}
      </h1>
      <p>{t(isElsewhere ? 'cases.deleted_elsewhere_body' : 'cases.cleared_body')}</p>
      <a className="button button--primary" href={`/${locale}/`}>
        {t('cases.cleared_home')}
      </a>
    </div>
  );
}

/** The journey on its one neutral address: opens (or starts) the case, keeps it saved, and shows the right view. */
export function JourneyApp({ locale }: { locale: Locale }) {
  const { t } = useTranslation('journey');
  const [phase, setPhase] = useState<Phase>({ state: 'loading' });
  const hasCase = useAppStore((s) => s.caseData !== null);
  // Another tab deleted this case (or everything): it is closed here too (connect-store.ts), and we say so.
  const isDeletedElsewhere = useAppStore((s) => s.closedReason === 'deleted_elsewhere');
  const isPrivate = useAppStore((s) => s.isPrivate);
  useCaseListPrefetch(phase.state === 'ready' && !isPrivate);

  useEffect(() => {
    let link: ReturnType<typeof connectStoreToStorage> | null = null;
    let isCancelled = false;
    lifecycle
      .openOnLoad(locale)
      .then((isNewCase) => {
        if (isCancelled) return;
        link = connectStoreToStorage(appStore, getRepository().repository);
        setActiveConnection(link);
        takeOverFirstScreen(isNewCase);
        setPhase({ state: 'ready' });
      })
      .catch((error: unknown) => setPhase({ state: 'failed', code: classifyStorageError(error) }));
    return () => {
      isCancelled = true;
      takeOverEarlyAnswers(null);
      void link?.flush();
      link?.disconnect();
      setActiveConnection(null);
    };
  }, [locale]);

  if (phase.state === 'cleared' || isDeletedElsewhere)
    return <Cleared locale={locale} isElsewhere={isDeletedElsewhere} />;
  if (phase.state === 'failed') {
    return (
      <div className="panel panel--warn" role="alert">
        <h1>{t('storage.unavailable_title')}</h1>
        <p>{t(`save.error_${phase.code}`)}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            lifecycle.startPrivate(locale);
            takeOverFirstScreen(true);
            setPhase({ state: 'ready' });
          }}
        >
          {t('storage.continue_private')}
        </button>
      </div>
    );
  }
  // While storage opens, the first screen stays answerable (it is also what the build wrote into the page).
  if (phase.state === 'loading' || !hasCase) return <FirstStep />;
  return (
    <JourneyViews
      locale={locale}
      onCleared={() => {
        appStore.getState().closeCase();
        setPhase({ state: 'cleared' });
      }}
    />
  );
}
