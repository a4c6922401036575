'use client';

import { useTranslation } from 'react-i18next';

import { useAppStore } from '@/lib/store/use-app-store';

/** A small line that says whether the latest change is saved on this device (or that nothing is saved). */
export function SaveStatus() {
  const { t } = useTranslation('journey');
  const status = useAppStore((s) => s.saveStatus);
  const error = useAppStore((s) => s.saveError);
  const isPrivate = useAppStore((s) => s.isPrivate);
  if (isPrivate)
    return (
      <p className="save-status save-status--private" data-testid="save-status" data-status="private">
        {t('save.private')}
      </p>
    );
  if (status === 'error')
    return (
      <p
        className="save-status save-status--error"
        role="alert"
        data-testid="save-status"
        data-status="error"
      >
        {t(`save.error_${error ?? 'unknown'}`)}
      </p>
    );
  const key = status === 'saved' ? 'save.saved' : status === 'idle' ? 'save.idle' : 'save.saving';
  return (
    <p className="save-status" aria-live="polite" data-testid="save-status" data-status={status}>
      {t(key)}
    </p>
  );
}
