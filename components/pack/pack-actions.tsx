'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import type { PackDocument } from '@/lib/referral-pack/document/document';

import { BundleExport } from '@/components/pack/bundle-export';

import {
  canShareFiles,
  collectEvidence,
  getMismatches,
  isAbort,
  makePackBundle,
  makePackPdf,
  saveFile,
  type PageSize,
} from './pack-export';
import styles from './pack.module.css';

/** What the actions need from the view: the document and the files, made fresh at the moment of export. */
export type PackExportSource = {
  /** Case reference, for neutral file names. */
  reference: string;
  pageSize: PageSize;
  buildDoc: (manifestSha256?: string) => PackDocument;
  caseJson: () => string;
  paymentsCsv: () => string;
  readme: () => string;
  caseData: Parameters<typeof collectEvidence>[0];
  isPrivate: boolean;
};

// Whether files can be shared does not change while the page is open.
const subscribeNever = () => () => undefined;

type Status =
  | { step: 'idle' }
  | { step: 'busy'; kind: 'pdf' | 'zip'; percent: number }
  | { step: 'saved'; text: string }
  | { step: 'mismatch'; files: string[] }
  | { step: 'missing'; files: string[] }
  | { step: 'cancelled' }
  | { step: 'failed'; text: string };

/** Print, PDF, ZIP (with progress and cancel), case file, payments CSV and share. */
export function PackActions({ source }: { source: PackExportSource }) {
  const { t } = useTranslation('pack');
  const [status, setStatus] = useState<Status>({ step: 'idle' });
  const canShare = useSyncExternalStore(subscribeNever, canShareFiles, () => false);
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);
  const isBusy = status.step === 'busy';
  const names = {
    pdf: `pack-${source.reference}.pdf`,
    zip: `pack-${source.reference}.zip`,
    json: `case-${source.reference}.json`,
    csv: `payments-${source.reference}.csv`,
  };

  async function downloadPdf(share: boolean) {
    setStatus({ step: 'busy', kind: 'pdf', percent: 0 });
    try {
      const pdf = await makePackPdf(source.buildDoc(), source.pageSize);
      if (share) {
        const file = new File([new Uint8Array(pdf)], names.pdf, { type: 'application/pdf' });
        await navigator.share({ files: [file], title: names.pdf });
        setStatus({ step: 'idle' });
        return;
      }
      saveFile(pdf, names.pdf, 'application/pdf');
      setStatus({ step: 'saved', text: t('ui.saved', { name: names.pdf }) });
    } catch (error) {
      if (share && isAbort(error)) setStatus({ step: 'idle' });
      else setStatus({ step: 'failed', text: share ? t('ui.share_failed') : t('ui.failed') });
    }
  }

  async function downloadZip(allowMissing: boolean) {
    const controller = new AbortController();
    abortRef.current = controller;
    setStatus({ step: 'busy', kind: 'zip', percent: 0 });
    try {
      const { files, missing } = await collectEvidence(source.caseData, source.isPrivate);
      if (missing.length > 0 && !allowMissing) {
        setStatus({ step: 'missing', files: missing });
        return;
      }
      const { zip, manifestSha256 } = await makePackBundle({
        docFor: (hash) => source.buildDoc(hash),
        pageSize: source.pageSize,
        caseJson: source.caseJson(),
        paymentsCsv: source.paymentsCsv(),
        readme: source.readme(),
        evidence: files,
        signal: controller.signal,
        onProgress: (done, total) =>
          setStatus({ step: 'busy', kind: 'zip', percent: Math.round((done / Math.max(total, 1)) * 100) }),
      });
      saveFile(zip, names.zip, 'application/zip');
      setStatus({ step: 'saved', text: t('ui.saved_zip', { name: names.zip, hash: manifestSha256 }) });
    } catch (error) {
      const mismatches = getMismatches(error);
      if (mismatches) setStatus({ step: 'mismatch', files: mismatches.map((m) => m.fileName) });
      else if (isAbort(error) || controller.signal.aborted) setStatus({ step: 'cancelled' });
      else setStatus({ step: 'failed', text: t('ui.failed') });
    } finally {
      abortRef.current = null;
    }
  }

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
      <PackStatus
        status={status}
        onCancel={() => abortRef.current?.abort()}
        onContinue={() => void downloadZip(true)}
      />
    </section>
  );
}

function PackStatus({
  status,
  onCancel,
  onContinue,
}: {
  status: Status;
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
