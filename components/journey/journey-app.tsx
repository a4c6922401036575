'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { takeOverEarlyAnswers } from '@/lib/journey/early-answers';
import { connectStoreToStorage } from '@/lib/persistence/connect-store';
import { caseLifecycle } from '@/lib/persistence/case-lifecycle';
import { LockedError } from '@/lib/persistence/case-keys';
import { getRepository, setActiveConnection, type Connection } from '@/lib/persistence/instance';
import { takeStartIntent, type StartIntent } from '@/lib/persistence/intent';
import { lockNow, readIdleMinutes, readLockStatus } from '@/lib/persistence/lock-session';
import { classifyStorageError } from '@/lib/persistence/storage-error';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { forgetCaseEntries } from '@/components/cases/load-case-entries';
import { useCaseListPrefetch } from '@/components/cases/use-case-entries';
import { useLockState } from '@/components/lock/lock-state';
import { UnlockScreen } from '@/components/lock/unlock-screen';
import { useLockFromOtherTabs } from '@/components/lock/use-other-tabs';
import { useLockTriggers } from '@/components/lock/use-lock-triggers';

import { FirstStep } from './first-step';
import { JourneyViews } from './journey-views';

type Phase =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'cleared' }
  | { state: 'locked' }
  | { state: 'failed'; code: string };

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
  // The passphrase lock (components/lock): each unlock opens the journey again (`opening` counts them).
  const [opening, setOpening] = useState(0);
  const lockStatus = useLockState((st) => st.status);
  const idleMinutes = useLockState((st) => st.idleMinutes);
  const linkRef = useRef<Connection | null>(null);
  // What the person chose on the start page, kept until a case is open (it survives an unlock).
  const intentRef = useRef<StartIntent | null | undefined>(undefined);

  useEffect(() => {
    let isCancelled = false;
    if (intentRef.current === undefined) intentRef.current = takeStartIntent();
    const openJourney = async () => {
      const [status, minutes] = await Promise.all([readLockStatus(), readIdleMinutes()]);
      useLockState.setState({ status, idleMinutes: minutes });
      if (status === 'locked') throw new LockedError();
      const isNewCase = await lifecycle.openOnLoad(locale, intentRef.current ?? null);
      if (isCancelled) return;
      intentRef.current = null;
      const link = connectStoreToStorage(appStore, getRepository().repository);
      linkRef.current = link;
      setActiveConnection(link);
      takeOverFirstScreen(isNewCase);
      setPhase({ state: 'ready' });
    };
    openJourney().catch((error: unknown) => {
      if (isCancelled) return;
      if (error instanceof LockedError) {
        useLockState.setState({ status: 'locked' });
        setPhase({ state: 'locked' });
      } else setPhase({ state: 'failed', code: classifyStorageError(error) });
    });
    return () => {
      isCancelled = true;
      takeOverEarlyAnswers(null);
      const link = linkRef.current;
      linkRef.current = null;
      void link?.flush();
      link?.disconnect();
      setActiveConnection(null);
    };
  }, [locale, opening]);

  // Locks at once: what is being typed is still saved, the keys and the open database are forgotten, the case and
  // the case list leave memory, and the page shows only the unlock form (drawn now, before the page is hidden).
  const lockHere = useCallback(() => {
    const link = linkRef.current;
    linkRef.current = null;
    const pending = link ? link.flush() : Promise.resolve();
    link?.disconnect();
    setActiveConnection(null);
    lockNow(pending);
    forgetCaseEntries();
    useLockState.setState({ status: 'locked' });
    flushSync(() => {
      appStore.getState().closeCase();
      setPhase({ state: 'locked' });
    });
  }, []);
  useLockTriggers(lockStatus === 'unlocked' && phase.state === 'ready', idleMinutes, lockHere);
  // Opens the journey again: after an unlock here, or when the lock was turned off in another tab.
  const reopen = useCallback(() => {
    setPhase({ state: 'loading' });
    setOpening((n) => n + 1);
  }, []);
  useLockFromOtherTabs(lockStatus, phase.state === 'ready', phase.state === 'locked', lockHere, reopen);

  if (phase.state === 'locked')
    return (
      <UnlockScreen
        onUnlocked={() => {
          useLockState.setState({ status: 'unlocked' });
          reopen();
        }}
      />
    );
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
