'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  collectEvidence,
  getMismatches,
  isAbort,
  makePackBundle,
  makePackPdf,
  saveFile,
  type PageSize,
} from './pack-export';
import type { PackDocument } from '@/lib/referral-pack/document/document';
import type { PackExportStatus } from './pack-status';

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

/**
 * Making the pack's files: the PDF (saved or shared), the ZIP with evidence (with progress, cancel, and a stop when
 * evidence is missing or changed), each ending in a status the screen shows. The file names are neutral: the
 * case reference only.
 */
export function usePackExport(source: PackExportSource) {
  const { t } = useTranslation('pack');
  const [status, setStatus] = useState<PackExportStatus>({ step: 'idle' });
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

  return {
    status,
    isBusy,
    names,
    downloadPdf,
    downloadZip,
    cancel: () => abortRef.current?.abort(),
  };
}
