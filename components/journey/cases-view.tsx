'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import type { CaseSummary } from '@/lib/persistence/case-repository';
import { caseLifecycle } from '@/lib/persistence/case-lifecycle';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { getPersistenceState, type PersistenceState } from '@/lib/persistence/persist';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { BackupRestore } from '@/components/bundle/backup-restore';
import { FiguresEntry } from '@/components/figures/figures-entry';

import { CaseImport } from './case-import';
import { DeleteEverything } from './delete-everything';

const lifecycle = caseLifecycle(appStore);

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

  const rename = async (summary: Extract<CaseSummary, { isDamaged: false }>) => {
    const title = window.prompt(t('cases.rename_label'), summary.title ?? '');
    if (title === null) return;
    await lifecycle.rename(summary.id, title);
    if (current?.id !== summary.id) await refresh();
  };
  const remove = async (id: string) => {
    if (!window.confirm(t('cases.confirm_delete'))) return;
    await lifecycle.remove(id, locale);
    await refresh();
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
                  <button type="button" className="button" onClick={() => void lifecycle.open(c.id)}>
                    {t('cases.open')}
                  </button>
                  <button type="button" className="link-button" onClick={() => void rename(c)}>
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
      {isPrivate ? null : <CaseImport locale={locale} onImported={refresh} />}
      <BackupRestore onRestored={refresh} />
      <FiguresEntry locale={locale} />
      <DeleteEverything
        onDelete={async () => {
          await lifecycle.deleteEverything();
          onCleared();
        }}
      />
    </div>
  );
}
