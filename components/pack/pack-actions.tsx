'use client';

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { BundleExport } from '@/components/pack/bundle-export';

import { canShareFiles, saveFile } from './pack-export';
import styles from './pack.module.css';
import { PackStatus } from './pack-status';
import { usePackExport, type PackExportSource } from './use-pack-export';

// Whether files can be shared does not change while the page is open.
const subscribeNever = () => () => undefined;

/** Print, PDF, ZIP (with progress and cancel), case file, payments CSV and share. */
export function PackActions({ source }: { source: PackExportSource }) {
  const { t } = useTranslation('pack');
  const canShare = useSyncExternalStore(subscribeNever, canShareFiles, () => false);
  const { status, isBusy, names, downloadPdf, downloadZip, cancel } = usePackExport(source);
  return (
    <section className="no-print" aria-labelledby="pack-actions-title">
      <h2 id="pack-actions-title">{t('ui.actions_title')}</h2>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => window.print()}
        >
          {t('ui.print')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="pack-download-pdf"
          disabled={isBusy}
          onClick={() => void downloadPdf(false)}
        >
          {t('ui.download_pdf')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="pack-download-zip"
          disabled={isBusy}
          onClick={() => void downloadZip(false)}
        >
          {t('ui.download_zip')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="pack-download-json"
          disabled={isBusy}
          onClick={() => saveFile(source.caseJson(), names.json, 'application/json')}
        >
          {t('ui.download_json')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="pack-download-csv"
          disabled={isBusy}
          onClick={() => saveFile(source.paymentsCsv(), names.csv, 'text/csv')}
        >
          {t('ui.download_csv')}
        </button>
        {canShare ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="pack-share"
            disabled={isBusy}
            onClick={() => void downloadPdf(true)}
          >
            {t('ui.share')}
          </button>
        ) : null}
      </div>
      <BundleExport caseData={source.caseData} isPrivate={source.isPrivate} reference={source.reference} />
      <PackStatus status={status} onCancel={cancel} onContinue={() => void downloadZip(true)} />
    </section>
  );
}
