'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { setStartIntent, type StartIntent } from '@/lib/persistence/intent';
import { peekSavedNotes, type SavedNotes as Saved } from '@/lib/persistence/peek-saved';

/**
 * Start new notes, continue saved ones, or a private session that saves nothing. Saved notes are counted after
 * paint with the plain IndexedDB API (peek-saved.ts): the start page never downloads dexie or zod.
 */
export function StartActions({ locale }: { locale: Locale }) {
  const { t } = useTranslation('common');
  const [saved, setSaved] = useState<Saved | null>(null);

  useEffect(() => {
    let isCancelled = false;
    void peekSavedNotes().then((found) => {
      if (!isCancelled) setSaved(found);
    });
    return () => {
      isCancelled = true;
    };
  }, []);

  const go = (intent: StartIntent) => {
    setStartIntent(intent);
    window.location.assign(`/${locale}/check/`);
  };

  return (
    <div className="start-actions">
      {saved && saved.count > 0 ? (
        <>
          <button
            type="button"
            className="button button--primary"
            data-testid="continue-case"
            onClick={() =>
              go(saved.currentId ? { action: 'open', caseId: saved.currentId } : { action: 'new' })
            }
          >
            {t('start_actions.continue')}
          </button>
          <p className="muted">{t('start_actions.saved_notes', { count: saved.count })}</p>
          <button
            type="button"
            className="button"
            data-testid="start-new"
            onClick={() => go({ action: 'new' })}
          >
            {t('start_actions.new')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          data-testid="start-new"
          onClick={() => go({ action: 'new' })}
        >
          {t('start_actions.new')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        data-testid="start-private"
        onClick={() => go({ action: 'private' })}
      >
        {t('start_actions.private')}
      </button>
      <p className="hint">{t('start_actions.private_explain')}</p>
    </div>
  );
}
