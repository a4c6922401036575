'use client';

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { checkBackupSize, looksLikeZip, MAX_BACKUP_BYTES } from '@/lib/bundle/bundle-format';
import { describeBundleRefusal } from '@/lib/bundle/bundle-text';
import type { ReadCase } from '@/lib/bundle/read-backup';
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, type Locale } from '@/lib/i18n/config';
import type { ExistingCase } from '@/lib/persistence/import-case';
import {
  findExistingCases,
  importCheckedCases,
  type RestoreChoice,
  type RestoreOutcome,
} from '@/lib/persistence/import-cases';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { collectBackup } from './collect-backup';
import { loadPassphrases, PassphraseFields, PassphrasePrompt, type Passphrases } from './passphrase-fields';
import { getMismatches, saveFile } from './save-file';

type ExportStatus =
  | { step: 'closed' }
  | { step: 'loading' }
  | { step: 'ready' }
  | { step: 'collecting' }
  | { step: 'busy'; percent: number }
  | {
      step: 'saved';
      name: string;
      isProtected: boolean;
      cases: number;
      files: number;
      missing: string[];
      unreadable: number;
    }
  | { step: 'empty' }
  | { step: 'mismatch'; files: string[] }
  | { step: 'too_large' }
  | { step: 'failed' };

type RestoreStatus =
  | { step: 'idle' }
  | { step: 'checking'; percent: number }
  | { step: 'passphrase'; bytes: Uint8Array; isWrong: boolean }
  | { step: 'summary'; cases: ReadCase[]; existing: ExistingCase[] }
  | { step: 'confirm_replace'; cases: ReadCase[]; existing: ExistingCase[] }
  | { step: 'restoring' }
  | { step: 'done'; outcome: Extract<RestoreOutcome, { status: 'restored' }> }
  | { step: 'cancelled' }
  | { step: 'refused'; problem: string; folder?: string }
  | { step: 'save_failed' };

/** Names shown for the cases already on the device: the first few, then an ellipsis. */
const NAMES_SHOWN = 5;

/**
 * "A backup of every case": every case on this device and its evidence in one protected file, and restoring such
 * a file (writeBackupBundle in lib/bundle/write-bundle.ts, lib/bundle/read-backup.ts; lib/persistence/import-cases.ts). Everything is checked before
 * anything is written; the cases already here are one choice for all of them, and replacing asks once more. Not
 * shown in a private session (nothing is saved there). The ZIP library and the wordlists load only when used.
 */
export function BackupRestore({ onRestored }: { onRestored: () => Promise<void> }) {
  const { t, i18n } = useTranslation('bundle');
  const isPrivate = useAppStore((s) => s.isPrivate);
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  if (isPrivate) return null;
  return (
    <section className="panel" aria-labelledby="backup-title" data-testid="backup">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <BackupExport locale={locale} />
      <BackupRestoreFile locale={locale} onRestored={onRestored} />
    </section>
  );
}

function BackupExport({ locale }: { locale: Locale }) {
  const { t } = useTranslation('bundle');
  const [status, setStatus] = useState<ExportStatus>({ step: 'closed' });
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
    setStatus({ step: 'collecting' });
    try {
      await getActiveConnection()?.flush();
      const [{ writeBackupBundle }, collected] = await Promise.all([
        import('@/lib/bundle/write-bundle'),
        collectBackup(),
      ]);
      if (collected.cases.length === 0) {
        setStatus({ step: 'empty' });
        return;
      }
      setStatus({ step: 'busy', percent: 0 });
      const zip = await writeBackupBundle({
        cases: collected.cases,
        passphrase: unprotected ? null : passphrase,
        onProgress: (done, total) => setStatus({ step: 'busy', percent: Math.round((done / total) * 100) }),
      });
      // A neutral name: downloads lists are seen by others too.
      const name = `backup-${new Date().toISOString().slice(0, 10)}.zip`;
      saveFile(zip, name, 'application/zip');
      setStatus({
        step: 'saved',
        name,
        isProtected: !unprotected,
        cases: collected.cases.length,
        files: collected.cases.reduce((sum, c) => sum + c.evidence.length, 0),
        missing: collected.missing,
        unreadable: collected.unreadable,
      });
    } catch (error) {
      const mismatches = getMismatches(error);
      if (mismatches) setStatus({ step: 'mismatch', files: mismatches.map((m) => m.fileName) });
      else if ((error as { code?: unknown } | null)?.code === 'backup_too_large')
        setStatus({ step: 'too_large' });
      else setStatus({ step: 'failed' });
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
          data-testid="backup-open"
          disabled={status.step === 'loading'}
          onClick={() => void open()}
        >
          {status.step === 'loading' ? t('export.loading') : t('backup.open')}
        </button>
      </div>
    );

  const isWorking = status.step === 'busy' || status.step === 'collecting';
  const canSave = !isWorking && (unprotected || passphrase.trim() !== '');
  return (
    <div data-testid="backup-export">
      <PassphraseFields
        name="backup"
        lib={lib}
        locale={locale}
        passphrase={passphrase}
        onPassphrase={setPassphrase}
        unprotected={unprotected}
        onUnprotected={setUnprotected}
        noPassphraseWarning={t('backup.no_passphrase_warning')}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="backup-save"
          disabled={!canSave}
          onClick={() => void save()}
        >
          {unprotected ? t('backup.save_unprotected') : t('backup.save')}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={isWorking}
          onClick={() => setStatus({ step: 'closed' })}
        >
          {t('export.close')}
        </button>
      </div>
      <ExportStatusLine status={status} />
    </div>
  );
}

function ExportStatusLine({ status }: { status: ExportStatus }) {
  const { t } = useTranslation('bundle');
  switch (status.step) {
    case 'collecting':
      return (
        <p role="status" className="panel" data-testid="backup-progress">
          {t('backup.collecting')}
        </p>
      );
    case 'busy':
      return (
        <p role="status" className="panel" data-testid="backup-progress">
          {t('export.making', { percent: status.percent })}
        </p>
      );
    case 'saved': {
      const counts = {
        name: status.name,
        cases: t('backup.cases', { count: status.cases }),
        files: t('backup.files', { count: status.files }),
      };
      return (
        <div role="status" className="panel panel--calm" data-testid="backup-saved">
          <p>{t(status.isProtected ? 'backup.saved' : 'backup.saved_unprotected', counts)}</p>
          {status.missing.length > 0 ? (
            <p>{t('export.missing', { files: status.missing.join(', ') })}</p>
          ) : null}
          {status.unreadable > 0 ? <p>{t('backup.unreadable', { count: status.unreadable })}</p> : null}
        </div>
      );
    }
    case 'mismatch':
      return (
        <p role="alert" className="panel panel--danger" data-testid="backup-mismatch">
          {t('export.mismatch', { files: status.files.join(', ') })}
        </p>
      );
    case 'empty':
    case 'too_large':
    case 'failed':
      return (
        <p role="alert" className="panel panel--warn" data-testid={`backup-${status.step}`}>
          {t(status.step === 'failed' ? 'export.failed' : `backup.${status.step}`)}
        </p>
      );
    default:
      return <div role="status" aria-live="polite" />;
  }
}

function BackupRestoreFile({ locale, onRestored }: { locale: Locale; onRestored: () => Promise<void> }) {
  const { t } = useTranslation('bundle');
  const { t: tc } = useTranslation('common');
  const { t: tj } = useTranslation('journey');
  const [status, setStatus] = useState<RestoreStatus>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const refused = (problem: string, folder?: string) =>
    setStatus(folder === undefined ? { step: 'refused', problem } : { step: 'refused', problem, folder });
  const describe = (refusal: Parameters<typeof describeBundleRefusal>[1]) =>
    describeBundleRefusal(tc, refusal, MAX_BACKUP_BYTES);

  /** Opens a backup (with its passphrase when it has one) and checks all of it; nothing is written yet. */
  const openBackup = async (bytes: Uint8Array, passphrase: string | null) => {
    setStatus({ step: 'checking', percent: 0 });
    try {
      const { inspectBackup, readBackupBundle } = await import('@/lib/bundle/read-bundle');
      if (passphrase === null) {
        const summary = await inspectBackup(bytes);
        if (!summary.ok) return refused(describe(summary.refusal));
        if (summary.encrypted) return setStatus({ step: 'passphrase', bytes, isWrong: false });
      }
      const read = await readBackupBundle(bytes, {
        passphrase,
        onProgress: (done, total) =>
          setStatus({ step: 'checking', percent: Math.round((done / total) * 100) }),
      });
      if (!read.ok) {
        if (read.refusal.kind === 'bundle' && read.refusal.code === 'wrong_passphrase')
          return setStatus({ step: 'passphrase', bytes, isWrong: true });
        return refused(describe(read.refusal), read.folder);
      }
      await getActiveConnection()?.flush();
      const existing = await findExistingCases(
        getRepository().db,
        read.cases.map((c) => c.case.id),
      );
      setStatus({ step: 'summary', cases: read.cases, existing });
    } catch {
      refused(describe({ kind: 'bundle', code: 'damaged' }));
    }
  };

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    const bySize = checkBackupSize(file.size);
    if (bySize) return refused(describe({ kind: 'bundle', code: bySize }));
    setStatus({ step: 'checking', percent: 0 });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return refused(describe({ kind: 'bundle', code: 'damaged' }));
    }
    if (!looksLikeZip(bytes)) return refused(describe({ kind: 'bundle', code: 'not_a_bundle' }));
    await openBackup(bytes, null);
  };

  /** Writes every case, in one transaction; `choice` applies to the cases already on this device. */
  const restore = async (cases: ReadCase[], choice: Exclude<RestoreChoice, 'cancel'>) => {
    setStatus({ step: 'restoring' });
    try {
      await getActiveConnection()?.flush();
      const outcome = await importCheckedCases(getRepository().db, cases, {
        decide: () => Promise.resolve(choice),
      });
      if (outcome.status === 'cancelled') return setStatus({ step: 'cancelled' });
      const open = appStore.getState();
      if (choice === 'replace' && open.caseData && outcome.caseIds.includes(open.caseData.id)) {
        // The case on screen was replaced: show the restored one, and drop any save of the old one.
        getActiveConnection()?.cancelPending();
        const stored = await getRepository().repository.loadCase(open.caseData.id);
        if (stored) open.openCase(stored.case, { ...stored.session, view: 'cases' }, { isPrivate: false });
      }
      setStatus({ step: 'done', outcome });
    } catch {
      setStatus({ step: 'save_failed' });
    }
    await onRestored();
  };

  const dateFormat = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium' });
  const nameOf = (existing: ExistingCase) =>
    existing.title ??
    (existing.createdAt
      ? tj('cases.untitled', { date: dateFormat.format(new Date(existing.createdAt)) })
      : existing.id);
  const namesOf = (existing: ExistingCase[]) =>
    existing.slice(0, NAMES_SHOWN).map(nameOf).join(', ') + (existing.length > NAMES_SHOWN ? ', …' : '');
  const isBusy = status.step === 'checking' || status.step === 'restoring';

  return (
    <div className="case-import" data-testid="restore">
      <h3 id="restore-title">{t('backup.restore_title')}</h3>
      <p className="muted">{t('backup.restore_hint')}</p>
      <label className="field__label" htmlFor="restore-file">
        {t('backup.choose')}
      </label>
      <input
        ref={input}
        id="restore-file"
        type="file"
        accept="application/zip,.zip"
        data-testid="restore-file"
        disabled={
          isBusy ||
          status.step === 'passphrase' ||
          status.step === 'summary' ||
          status.step === 'confirm_replace'
        }
        onChange={(event) => void take(event.target.files?.[0])}
      />
      {status.step === 'checking' ? (
        <p role="status" data-testid="restore-progress">
          {t('backup.checking', { percent: status.percent })}
        </p>
      ) : null}
      {status.step === 'restoring' ? (
        <p role="status" data-testid="restore-progress">
          {t('backup.restoring')}
        </p>
      ) : null}
      {status.step === 'passphrase' ? (
        <PassphrasePrompt
          name="restore"
          title={t('backup.passphrase_title')}
          body={t('backup.passphrase_body')}
          label={t('import.passphrase_label')}
          submit={t('backup.open_file')}
          isWrong={status.isWrong}
          onSubmit={(typed) => void openBackup(status.bytes, typed)}
          onCancel={() => setStatus({ step: 'cancelled' })}
        />
      ) : null}
      {status.step === 'summary' ? (
        <div className="panel" role="group" aria-labelledby="restore-summary" data-testid="restore-summary">
          <p id="restore-summary">
            {t('backup.summary', {
              cases: t('backup.cases', { count: status.cases.length }),
              files: t('backup.files', {
                count: status.cases.reduce((sum, c) => sum + c.evidence.length, 0),
              }),
            })}
          </p>
          {status.existing.length > 0 ? (
            <p data-testid="restore-existing">
              {t('backup.existing', { count: status.existing.length, names: namesOf(status.existing) })}
            </p>
          ) : null}
          <div className="button-row">
            {status.existing.length > 0 ? (
              (['replace', 'keep_both', 'skip'] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className="button"
                  data-testid={`restore-${choice}`}
                  onClick={() =>
                    choice === 'replace'
                      ? setStatus({ ...status, step: 'confirm_replace' })
                      : void restore(status.cases, choice)
                  }
                >
                  {t(`backup.choice_${choice}`)}
                </button>
              ))
            ) : (
              // Nothing here has the same id: nothing can be replaced (and if another tab adds one meanwhile,
              // the device's is kept).
              <button
                type="button"
                className="button button--primary"
                data-testid="restore-now"
                onClick={() => void restore(status.cases, 'skip')}
              >
                {t('backup.restore_now')}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              data-testid="restore-cancel"
              onClick={() => setStatus({ step: 'cancelled' })}
            >
              {t('import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {status.step === 'confirm_replace' ? (
        <div className="panel panel--warn" role="alertdialog" aria-labelledby="restore-confirm-title">
          <p id="restore-confirm-title" className="cases__title">
            {t('backup.confirm_title')}
          </p>
          <p>{t('backup.confirm_body', { count: status.existing.length })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              data-testid="restore-confirm-replace"
              onClick={() => void restore(status.cases, 'replace')}
            >
              {t('backup.confirm_replace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStatus({ ...status, step: 'summary' })}
            >
              {t('backup.back')}
            </button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="restore-status" data-outcome={status.step}>
        {status.step === 'done' ? (
          <p className="panel panel--calm">
            {t('backup.restored', {
              added: status.outcome.added,
              replaced: status.outcome.replaced,
              copied: status.outcome.copied,
              skipped: status.outcome.skipped,
            })}
          </p>
        ) : null}
        {status.step === 'cancelled' ? <p className="panel panel--calm">{t('backup.cancelled')}</p> : null}
        {status.step === 'refused' ? (
          <div className="panel panel--warn" role="alert">
            <p>{t('backup.refused')}</p>
            <p>{status.problem}</p>
            {status.folder ? <p>{t('backup.in_folder', { folder: status.folder })}</p> : null}
          </div>
        ) : null}
        {status.step === 'save_failed' ? (
          <p className="panel panel--warn" role="alert">
            {t('backup.save_failed')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
