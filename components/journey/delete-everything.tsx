'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COUNTDOWN_SECONDS = 5;

/** "Delete everything on this device": a confirmation, then a short countdown that can be cancelled. */
export function DeleteEverything({ onDelete }: { onDelete: () => Promise<void> }) {
  const { t } = useTranslation('journey');
  const [stage, setStage] = useState<'idle' | 'confirm' | 'counting' | 'deleting'>('idle');
  const [seconds, setSeconds] = useState(COUNTDOWN_SECONDS);

  useEffect(() => {
    if (stage !== 'counting') return;
    const timer = setTimeout(() => {
      if (seconds <= 1) {
        setStage('deleting');
        void onDelete();
      } else setSeconds(seconds - 1);
    }, 1000);
    return () => clearTimeout(timer);
  }, [stage, seconds, onDelete]);

  return (
    <section className="panel panel--danger delete-all" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('delete_all.title')}</h2>
      <p>{t('delete_all.body')}</p>
      {stage === 'idle' ? (
        <button
          type="button"
          className="button button--danger"
          onClick={() => setStage('confirm')}
          data-testid="delete-all"
        >
          {t('delete_all.button')}
        </button>
      ) : null}
      {stage === 'confirm' ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--danger"
            data-testid="delete-all-confirm"
            onClick={() => {
              setSeconds(COUNTDOWN_SECONDS);
              setStage('counting');
            }}
          >
            {t('delete_all.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setStage('idle')}>
            {t('delete_all.cancel')}
          </button>
        </div>
      ) : null}
      {stage === 'counting' ? (
        <div role="status">
          <p>{t('delete_all.countdown', { count: seconds })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStage('idle')}
            data-testid="delete-all-cancel"
          >
            {t('delete_all.cancel')}
          </button>
        </div>
      ) : null}
      {stage === 'deleting' ? <p role="status">{t('delete_all.deleting')}</p> : null}
    </section>
  );
}
