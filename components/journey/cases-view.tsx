'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { localDay } from '@/lib/case/follow-up';
import {
  countriesOf,
  EMPTY_QUERY,
  queryCaseList,
  type CaseListEntry,
  type CaseListQuery,
} from '@/lib/case-list/case-list';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import { caseLifecycle } from '@/lib/persistence/case-lifecycle';
import { getPersistenceState, type PersistenceState } from '@/lib/persistence/persist';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { BackupRestore } from '@/components/bundle/backup-restore';
import { CaseListControls } from '@/components/cases/case-list-controls';
import { CaseRow, type CaseRowAction, type RowFormats } from '@/components/cases/case-row';
import { forgetCaseEntries } from '@/components/cases/load-case-entries';
import { useCaseEntries } from '@/components/cases/use-case-entries';
import { FiguresEntry } from '@/components/figures/figures-entry';
import { LockSettings } from '@/components/lock/lock-settings';
import { FOLLOW_UP_SECTION_ID } from '@/components/results/follow-up-section';
import { openSectionNextTime } from '@/components/results/section';

import { CaseImport } from './case-import';
import { DeleteEverything } from './delete-everything';

const lifecycle = caseLifecycle(appStore);

/** Rows drawn at first, and added by each "show more": a few screens at 360 px, cheap to draw on a slow phone. */
const PAGE = 20;

/**
 * The saved notes on this device, as a volunteer's case list: search, filters and order, the cases due for
 * follow-up first; open, rename or delete one, start new notes, import, figures, or delete everything.
 */
export function CasesView({ locale, onCleared }: { locale: Locale; onCleared: () => void }) {
  const { t } = useTranslation('journey');
  const current = useAppStore((s) => s.caseData);
  const isPrivate = useAppStore((s) => s.isPrivate);
  const { loaded, progress, refresh } = useCaseEntries();
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [query, setQuery] = useState<CaseListQuery>(EMPTY_QUERY);
  const deferredQuery = useDeferredValue(query);
  const [shownCount, setShownCount] = useState(PAGE);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formats = useMemo(
    (): RowFormats => ({
      dateTime: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }),
      day: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium' }),
    }),
    [locale],
  );
  const [today] = useState(() => localDay(new Date()));

  useEffect(() => {
    headingRef.current?.focus();
    let isLive = true;
    void getPersistenceState().then((state) => {
      if (isLive) setPersistence(state);
    });
    return () => {
      isLive = false;
    };
  }, []);

  // While the cases are read, the ones read so far are listed (and searched) already.
  const entries = useMemo(() => loaded?.entries ?? progress?.entries ?? [], [loaded, progress]);
  const countries = useMemo(() => countriesOf(entries), [entries]);
  const found = useMemo(() => queryCaseList(entries, deferredQuery, today), [entries, deferredQuery, today]);

  const changeQuery = (next: CaseListQuery) => {
    setQuery(next);
    setShownCount(PAGE);
  };
  // One handler for every row, so a row is drawn again only when its own case changes.
  const onAction = useCallback(
    (action: CaseRowAction, entry: CaseListEntry) => {
      const run = async () => {
        if (action === 'open') await lifecycle.open(entry.id);
        else if (action === 'follow_up') {
          openSectionNextTime(FOLLOW_UP_SECTION_ID);
          await lifecycle.open(entry.id);
          appStore.getState().showView('results');
        } else if (action === 'rename') {
          const next = window.prompt(t('cases.rename_label'), entry.title ?? '');
          if (next === null) return;
          await lifecycle.rename(entry.id, next);
          forgetCaseEntries([entry.id]);
          await refresh();
        } else {
          if (!window.confirm(t('cases.confirm_delete'))) return;
          await lifecycle.remove(entry.id, locale);
          await refresh();
        }
      };
      void run();
    },
    [t, refresh, locale],
  );
  // After an import or a restore every case is read again: one may have been written again at the same version.
  const readAllAgain = async () => {
    forgetCaseEntries();
    await refresh();
  };

  return (
    <div className="cases">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('cases.title')}
      </h1>
      {isPrivate ? <p className="panel panel--calm">{t('cases.private_note')}</p> : null}
      {persistence && !isPrivate ? (
        <p className="panel panel--calm" data-testid="persistence" data-state={persistence}>
          {t(`persistence.${persistence}`)}
        </p>
      ) : null}
      {entries.length > 1 ? (
        <CaseListControls query={query} countries={countries} locale={locale} onChange={changeQuery} />
      ) : null}
      <p
        role="status"
        className="muted"
        data-testid="case-count"
        data-state={loaded === null ? 'reading' : 'ready'}
        data-total={entries.length}
      >
        {loaded === null
          ? progress
            ? t('cases.reading', { done: progress.done, total: progress.total })
            : t('loading')
          : entries.length > 1
            ? t('cases.shown', { shown: found.length, total: entries.length })
            : ''}
      </p>
      {loaded && loaded.damaged > 0 ? <p className="panel panel--warn">{t('cases.damaged')}</p> : null}
      {loaded && entries.length > 0 && found.length === 0 ? (
        <p className="panel panel--calm" data-testid="case-none-found">
          {t('cases.none_found')}
        </p>
      ) : null}
      <ul className="cases__list">
        {found.slice(0, shownCount).map((entry) => (
          <CaseRow
            key={entry.id}
            entry={entry}
            today={today}
            locale={locale}
            formats={formats}
            isCurrent={current?.id === entry.id}
            onAction={onAction}
          />
        ))}
      </ul>
      {found.length > shownCount ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="case-show-more"
            onClick={() => setShownCount((n) => n + PAGE)}
          >
            {t('cases.show_more', { count: found.length - shownCount })}
          </button>
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void lifecycle.start(locale)}>
          {t('cases.new')}
        </button>
        {current ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => appStore.getState().showView('questions')}
          >
            {t('cases.back_to_current')}
          </button>
        ) : null}
      </div>
      {isPrivate ? null : <CaseImport locale={locale} onImported={readAllAgain} />}
      <BackupRestore onRestored={readAllAgain} />
      <LockSettings />
      <FiguresEntry locale={locale} />
      <DeleteEverything
        onDelete={async () => {
          forgetCaseEntries();
          await lifecycle.deleteEverything();
          onCleared();
        }}
      />
    </div>
  );
}
