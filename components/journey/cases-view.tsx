'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { createEmptyCase } from '@/lib/case/case-file';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import type { CaseSummary } from '@/lib/persistence/case-repository';
import { clearAllData } from '@/lib/persistence/clear-all-data';
import { forgetDatabase, getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { getPersistenceState, type PersistenceState } from '@/lib/persistence/persist';
import { EMPTY_SESSION } from '@/lib/store/session';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { FiguresEntry } from '@/components/figures/figures-entry';

import { CaseImport } from './case-import';
import { DeleteEverything } from './delete-everything';

/** The person's saved notes on this device: open, rename, delete one, start new, or delete everything. */
export function CasesView({ locale, onCleared }: { locale: Locale; onCleared: () => void }) {
  const { t } = useTranslation('journey');
  const current = useAppStore((s) => s.caseData);
  const isPrivate = useAppStore((s) => s.isPrivate);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dateFormat = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const refresh = async () => {
    await getActiveConnection()?.flush();
    setCases(await getRepository().repository.listCases());
  };
  useEffect(() => {
    headingRef.current?.focus();
    let isLive = true;
    void getPersistenceState().then((state) => {
      if (isLive) setPersistence(state);
    });
    void getActiveConnection()
      ?.flush()
      .then(() => getRepository().repository.listCases())
      .then((list) => {
        if (isLive) setCases(list);
      });
    return () => {
      isLive = false;
    };
  }, []);

  const open = async (id: string) => {
    await getActiveConnection()?.flush();
    const stored = await getRepository().repository.loadCase(id);
    if (stored) appStore.getState().openCase(stored.case, stored.session, { isPrivate: false });
    appStore
      .getState()
      .showView(stored?.session.view === 'cases' ? 'questions' : (stored?.session.view ?? 'questions'));
  };
  const startNew = async () => {
    await getActiveConnection()?.flush();
    const created = {
      case: { ...createEmptyCase({ id: crypto.randomUUID(), now: new Date() }), language: locale },
      session: { ...EMPTY_SESSION, urgentSeen: [] },
    };
    await getRepository().repository.saveCase(created);
    appStore.getState().openCase(created.case, created.session, { isPrivate: false });
  };
  const rename = (summary: Extract<CaseSummary, { isDamaged: false }>) => {
    const title = window.prompt(t('cases.rename_label'), summary.title ?? '');
    if (title === null) return;
    if (current?.id === summary.id)
      appStore.getState().updateCase((c) => ({ ...c, title: title.trim() || undefined }));
    else
      void getRepository()
        .repository.loadCase(summary.id)
        .then(async (stored) => {
          if (stored)
            await getRepository().repository.saveCase({
              ...stored,
              case: { ...stored.case, title: title.trim() || undefined },
            });
          await refresh();
        });
  };
  const remove = async (id: string) => {
    if (!window.confirm(t('cases.confirm_delete'))) return;
    if (current?.id === id) {
      getActiveConnection()?.cancelPending();
      appStore.getState().closeCase();
    }
    await getRepository().repository.deleteCase(id);
    await refresh();
    if (current?.id === id) await startNew();
  };

  return (
    <div className="cases">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('cases.title')}
      </h1>
      {isPrivate ? <p className="panel panel--calm">{t('cases.private_note')}</p> : null}
      {cases === null ? <p role="status">{t('loading')}</p> : null}
      {persistence && !isPrivate ? (
        <p className="panel panel--calm" data-testid="persistence" data-state={persistence}>
          {t(`persistence.${persistence}`)}
        </p>
      ) : null}
      <ul className="cases__list">
        {(cases ?? []).map((c) => (
          <li key={c.id} className="panel cases__item" data-testid="case-item">
            {c.isDamaged ? (
              <p>{t('cases.damaged')}</p>
            ) : (
              <>
                <p className="cases__title">
                  {c.title ?? t('cases.untitled', { date: dateFormat.format(new Date(c.createdAt)) })}
                  {current?.id === c.id ? <span className="tag">{t('cases.current')}</span> : null}
                </p>
                <p className="muted">
                  {t('cases.updated', { date: dateFormat.format(new Date(c.updatedAt)) })}
                </p>
                <div className="button-row">
                  <button type="button" className="button" onClick={() => void open(c.id)}>
                    {t('cases.open')}
                  </button>
                  <button type="button" className="link-button" onClick={() => rename(c)}>
                    {t('cases.rename')}
                  </button>
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    onClick={() => void remove(c.id)}
                  >
                    {t('cases.delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void startNew()}>
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
      {isPrivate ? null : <CaseImport locale={locale} onImported={refresh} />}
      <FiguresEntry locale={locale} />
      <DeleteEverything
        onDelete={async () => {
          getActiveConnection()?.cancelPending();
          getActiveConnection()?.disconnect();
          await clearAllData(getRepository().db);
          forgetDatabase();
          onCleared();
        }}
      />
    </div>
  );
}
