'use client';

import { useTranslation } from 'react-i18next';

import styles from './pack.module.css';

/** Where an export stands: nothing yet, working (with progress for the ZIP), saved, or what stopped it. */
export type PackExportStatus =
  | { step: 'idle' }
  | { step: 'busy'; kind: 'pdf' | 'zip'; percent: number }
  | { step: 'saved'; text: string }
  | { step: 'mismatch'; files: string[] }
  | { step: 'missing'; files: string[] }
  | { step: 'cancelled' }
  | { step: 'failed'; text: string };

/** The export's status, read out politely while it works and at once when something needs the person. */
export function PackStatus({
  status,
  onCancel,
  onContinue,
}: {
  status: PackExportStatus;
  onCancel: () => void;
  onContinue: () => void;
}) {
  const { t } = useTranslation('pack');
  switch (status.step) {
    case 'idle':
      return <div role="status" aria-live="polite" />;
    case 'busy':
      return (
        <div role="status" aria-live="polite" className="panel" data-testid="pack-progress">
          <p>{status.kind === 'pdf' ? t('ui.making_pdf') : t('ui.making_zip')}</p>
          {status.kind === 'zip' ? (
            <>
              <progress className={styles.progress} max={100} value={status.percent} />
              <p className="small">{t('ui.progress', { percent: status.percent })}</p>
              <button type="button" className="button button--secondary" onClick={onCancel}>
                {t('ui.cancel')}
              </button>
            </>
          ) : null}
        </div>
      );
    case 'saved':
      return (
        <p role="status" className="panel panel--calm prewrap" data-testid="pack-saved">
          {status.text}
        </p>
      );
    case 'cancelled':
      return (
        <p role="status" className="panel">
          {t('ui.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="panel panel--warn">
          {status.text}
        </p>
      );
    case 'mismatch':
      return (
        <div role="alert" className="panel panel--danger" data-testid="pack-mismatch">
          <h3>{t('ui.mismatch_title')}</h3>
          <p>{t('ui.mismatch', { files: status.files.join(', ') })}</p>
        </div>
      );
    case 'missing':
      return (
        <div role="alert" className="panel panel--warn" data-testid="pack-missing">
          <h3>{t('ui.missing_title')}</h3>
          <p>{t('ui.missing', { files: status.files.join(', ') })}</p>
          <button type="button" className="button button--secondary" onClick={onContinue}>
            {t('ui.missing_continue')}
          </button>
        </div>
      );
  }
}
