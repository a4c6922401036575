'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { registerServiceWorker } from '@/lib/pwa/register-service-worker';

/** Registers the offline worker and shows a calm prompt when a new version is ready. Never reloads by itself. */
export function ServiceWorkerRegistration() {
  const { t } = useTranslation('common');
  const [applyUpdate, setApplyUpdate] = useState<null | (() => Promise<void>)>(null);
  const [isUpdating, setIsUpdating] = useState(false);

  useEffect(() => {
    registerServiceWorker((apply) => setApplyUpdate(() => apply));
  }, []);

  if (!applyUpdate) return null;
  return (
    <section
      className="update-prompt"
      role="status"
      aria-labelledby="update-title"
      data-testid="update-prompt"
    >
      <h2 id="update-title">{t('update.title')}</h2>
      <p>{t('update.body')}</p>
      <div className="update-prompt__actions">
        <button
          type="button"
          className="button"
          disabled={isUpdating}
          onClick={() => {
            setIsUpdating(true);
            void applyUpdate();
          }}
        >
          {t('update.accept')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setApplyUpdate(null)}>
          {t('update.dismiss')}
        </button>
      </div>
    </section>
  );
}
