'use client';

import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { checkBundleSize, looksLikeZip } from '@/lib/bundle/bundle-format';
import { describeBundleRefusal } from '@/lib/bundle/bundle-text';
import type { DuplicateChoice } from '@/lib/case/import-case';
import { describeImportRefusal } from '@/lib/case/import-case-text';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import {
  importCaseFile,
  importCheckedCase,
  type ExistingCase,
  type ImportOutcome,
} from '@/lib/persistence/import-case';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { appStore } from '@/lib/store/use-app-store';

import { PassphrasePrompt } from '@/components/bundle/passphrase-fields';

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; bundle?: boolean }
  | { kind: 'passphrase'; bytes: Uint8Array; wrong: boolean }
  | { kind: 'duplicate'; existing: ExistingCase; resolve: (choice: DuplicateChoice) => void }
  | { kind: 'done'; outcome: 'added' | 'added_migrated' | 'replaced' | 'copied' | 'cancelled' }
  | { kind: 'refused'; problem: string }
  | { kind: 'save_failed' };

/** Adds a case from a case file (JSON) picked or dropped on the cases screen; all checks live in lib/. */
export function CaseImport({ locale, onImported }: { locale: Locale; onImported: () => Promise<void> }) {
  const { t } = useTranslation('common');
  const { t: tj } = useTranslation('journey');
  const { t: tb } = useTranslation('bundle');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  /** Shows what happened to an import that got as far as the store. */
  const finish = async (outcome: ImportOutcome) => {
    if (outcome.status === 'refused')
      setStatus({ kind: 'refused', problem: describeImportRefusal(t, outcome.refusal) });
    else if (outcome.status === 'cancelled') setStatus({ kind: 'done', outcome: 'cancelled' });
    else {
      const open = appStore.getState();
      if (outcome.replaced && open.caseData?.id === outcome.caseId) {
        // The case on screen was replaced: show the imported one, and drop any save of the old one.
        getActiveConnection()?.cancelPending();
        const stored = await getRepository().repository.loadCase(outcome.caseId);
        if (stored) open.openCase(stored.case, { ...stored.session, view: 'cases' }, { isPrivate: false });
      }
      setStatus({
        kind: 'done',
        outcome: outcome.replaced
          ? 'replaced'
          : outcome.copied
            ? 'copied'
            : outcome.migratedFrom === undefined
              ? 'added'
              : 'added_migrated',
      });
    }
  };

  const decide = (existing: ExistingCase) =>
    new Promise<DuplicateChoice>((resolve) => setStatus({ kind: 'duplicate', existing, resolve }));

  /**
   * Opens a bundle (with its passphrase when it has one) and imports it; a wrong passphrase asks again, calmly.
   * The ZIP library loads only now.
   */
  const openBundle = async (bytes: Uint8Array, passphrase: string | null) => {
    setStatus({ kind: 'checking', bundle: true });
    try {
      const { inspectBundle, readHandoverBundle } = await import('@/lib/bundle/read-bundle');
      if (passphrase === null) {
        const summary = await inspectBundle(bytes);
        if (!summary.ok) {
          setStatus({ kind: 'refused', problem: describeBundleRefusal(t, summary.refusal) });
          return;
        }
        if (summary.encrypted) {
          setStatus({ kind: 'passphrase', bytes, wrong: false });
          return;
        }
      }
      const read = await readHandoverBundle(bytes, { passphrase });
      if (!read.ok) {
        if (read.refusal.kind === 'bundle' && read.refusal.code === 'wrong_passphrase')
          setStatus({ kind: 'passphrase', bytes, wrong: true });
        else setStatus({ kind: 'refused', problem: describeBundleRefusal(t, read.refusal) });
        return;
      }
      await getActiveConnection()?.flush();
      await finish(await importCheckedCase(getRepository().db, read, read.evidence, { decide }));
    } catch {
      setStatus({ kind: 'save_failed' });
    }
    await onImported();
  };

  const take = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'checking' });
    if (input.current) input.current.value = '';
    let isBundle = false;
    try {
      isBundle = looksLikeZip(new Uint8Array(await file.slice(0, 4).arrayBuffer()));
    } catch {
      // unreadable: the case-file path below says so
    }
    if (isBundle) {
      const bySize = checkBundleSize(file.size);
      if (bySize) {
        setStatus({ kind: 'refused', problem: describeBundleRefusal(t, { kind: 'bundle', code: bySize }) });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        setStatus({
          kind: 'refused',
          problem: describeBundleRefusal(t, { kind: 'bundle', code: 'damaged' }),
        });
        return;
      }
      await openBundle(bytes, null);
      return;
    }
    try {
      await getActiveConnection()?.flush();
      await finish(await importCaseFile(getRepository().db, file, { decide }));
    } catch {
      setStatus({ kind: 'save_failed' });
    }
    await onImported();
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void take(event.dataTransfer.files[0]);
  };

  const nameOf = (existing: ExistingCase) =>
    existing.title ??
    (existing.createdAt
      ? tj('cases.untitled', {
          date: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium' }).format(
            new Date(existing.createdAt),
          ),
        })
      : existing.id);

  return (
    <section
      className="panel case-import"
      aria-labelledby="case-import-title"
      data-testid="case-import"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id="case-import-title">{t('import.title')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <p className="muted">{tb('import.hint')}</p>
      <label className="field__label" htmlFor="case-import-file">
        {t('import.choose')}
      </label>
      <input
        ref={input}
        id="case-import-file"
        type="file"
        accept="application/json,.json,application/zip,.zip"
        data-testid="import-file"
        disabled={status.kind === 'checking' || status.kind === 'duplicate' || status.kind === 'passphrase'}
        onChange={(event) => void take(event.target.files?.[0])}
      />
      <p className="muted">{t('import.drop_here')}</p>
      {status.kind === 'checking' ? (
        <p role="status" data-testid="import-checking">
          {status.bundle ? tb('import.opening') : t('import.checking')}
        </p>
      ) : null}
      {status.kind === 'passphrase' ? (
        <PassphrasePrompt
          name="import"
          title={tb('import.passphrase_title')}
          body={tb('import.passphrase_body')}
          label={tb('import.passphrase_label')}
          submit={tb('import.open')}
          isWrong={status.wrong}
          onSubmit={(typed) => void openBundle(status.bytes, typed)}
          onCancel={() => setStatus({ kind: 'done', outcome: 'cancelled' })}
        />
      ) : null}
      {status.kind === 'duplicate' ? (
        <div className="panel panel--warn" role="alertdialog" aria-labelledby="case-import-duplicate">
          <p id="case-import-duplicate" className="cases__title">
            {t('import.duplicate_title')}
          </p>
          <p>{t('import.duplicate_body', { name: nameOf(status.existing) })}</p>
          <div className="button-row">
            {(['replace', 'keep_both', 'cancel'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                className={choice === 'cancel' ? 'link-button' : 'button'}
                data-testid={`import-${choice}`}
                onClick={() => status.resolve(choice)}
              >
                {t(`import.${choice}`)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="import-status" data-outcome={outcomeOf(status)}>
        {status.kind === 'done' ? <p className="panel panel--calm">{t(`import.${status.outcome}`)}</p> : null}
        {status.kind === 'refused' ? (
          <div className="panel panel--warn" role="alert">
            <p>{t('import.refused')}</p>
            <p>{status.problem}</p>
          </div>
        ) : null}
        {status.kind === 'save_failed' ? (
          <p className="panel panel--warn" role="alert">
            {t('import.save_failed')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function outcomeOf(status: Status): string {
  if (status.kind === 'done') return status.outcome;
  return status.kind;
}
