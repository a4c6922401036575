'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Case } from '@/lib/case/schema';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/config';

import { loadPassphrases, PassphraseFields, type Passphrases } from '@/components/bundle/passphrase-fields';

import { collectEvidence, getMismatches, saveFile } from './pack-export';

type Status =
  | { step: 'closed' }
  | { step: 'loading' }
  | { step: 'ready' }
  | { step: 'busy'; percent: number }
  | { step: 'saved'; name: string; isProtected: boolean; missing: string[] }
  | { step: 'mismatch'; files: string[] }
  | { step: 'failed' };

/**
 * "Save a protected copy to hand over": a handover bundle of the case and its evidence (lib/bundle). The
 * passphrase library and the ZIP library load only when the person opens this (they are not on the start page).
 */
export function BundleExport({
  caseData,
  isPrivate,
  reference,
}: {
  caseData: Case;
  isPrivate: boolean;
  reference: string;
}) {
  const { t, i18n } = useTranslation('bundle');
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const [status, setStatus] = useState<Status>({ step: 'closed' });
  const [lib, setLib] = useState<Passphrases | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [unprotected, setUnprotected] = useState(false);

  async function open() {
    setStatus({ step: 'loading' });
    try {
      const loaded = await loadPassphrases();
      setLib(loaded);
      setPassphrase(loaded.generatePassphrase(locale));
      setStatus({ step: 'ready' });
    } catch {
      setStatus({ step: 'failed' });
    }
  }

  async function save() {
    setStatus({ step: 'busy', percent: 0 });
    try {
      const [{ writeHandoverBundle }, { files, missing }] = await Promise.all([
        import('@/lib/bundle/write-bundle'),
        collectEvidence(caseData, isPrivate),
      ]);
      const zip = await writeHandoverBundle({
        caseData,
        evidence: files.map((f) => ({
          id: f.id,
          fileName: f.fileName,
          sha256: f.expectedSha256,
          bytes: f.bytes,
        })),
        passphrase: unprotected ? null : passphrase,
        onProgress: (done, total) => setStatus({ step: 'busy', percent: Math.round((done / total) * 100) }),
      });
      const name = `case-${reference}.zip`;
      saveFile(zip, name, 'application/zip');
      setStatus({ step: 'saved', name, isProtected: !unprotected, missing });
    } catch (error) {
      const mismatches = getMismatches(error);
      setStatus(
        mismatches ? { step: 'mismatch', files: mismatches.map((m) => m.fileName) } : { step: 'failed' },
      );
    }
  }

  if (status.step === 'closed' || status.step === 'loading' || !lib)
    return (
      <div className="button-row">
        {status.step === 'failed' ? (
          <p role="alert" className="panel panel--warn">
            {t('export.failed')}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          data-testid="bundle-open"
          disabled={status.step === 'loading'}
          onClick={() => void open()}
        >
          {status.step === 'loading' ? t('export.loading') : t('export.open')}
        </button>
      </div>
    );

  const canSave = status.step !== 'busy' && (unprotected || passphrase.trim() !== '');
  return (
    <section className="panel" aria-labelledby="bundle-export-title" data-testid="bundle-export">
      <h3 id="bundle-export-title">{t('export.title')}</h3>
      <p>{t('export.intro')}</p>
      <PassphraseFields
        name="bundle"
        lib={lib}
        locale={locale}
        passphrase={passphrase}
        onPassphrase={setPassphrase}
        unprotected={unprotected}
        onUnprotected={setUnprotected}
        noPassphraseWarning={t('export.no_passphrase_warning')}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="bundle-save"
          disabled={!canSave}
          onClick={() => void save()}
        >
          {unprotected ? t('export.save_unprotected') : t('export.save')}
        </button>
        <button type="button" className="link-button" onClick={() => setStatus({ step: 'closed' })}>
          {t('export.close')}
        </button>
      </div>
      <BundleExportStatus status={status} />
    </section>
  );
}

function BundleExportStatus({ status }: { status: Status }) {
  const { t } = useTranslation('bundle');
  switch (status.step) {
    case 'busy':
      return (
        <p role="status" className="panel" data-testid="bundle-progress">
          {t('export.making', { percent: status.percent })}
        </p>
      );
    case 'saved':
      return (
        <div role="status" className="panel panel--calm" data-testid="bundle-saved">
          <p>{t(status.isProtected ? 'export.saved' : 'export.saved_unprotected', { name: status.name })}</p>
          {status.missing.length > 0 ? (
            <p>{t('export.missing', { files: status.missing.join(', ') })}</p>
          ) : null}
        </div>
      );
    case 'mismatch':
      return (
        <p role="alert" className="panel panel--danger" data-testid="bundle-mismatch">
          {t('export.mismatch', { files: status.files.join(', ') })}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="panel panel--warn">
          {t('export.failed')}
        </p>
      );
    default:
      return <div role="status" aria-live="polite" />;
  }
}
