'use client';

import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { DuplicateChoice } from '@/lib/case/import-case';
import { describeImportRefusal } from '@/lib/case/import-case-text';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import { importCaseFile, type ExistingCase } from '@/lib/persistence/import-case';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { appStore } from '@/lib/store/use-app-store';

type Status =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'duplicate'; existing: ExistingCase; resolve: (choice: DuplicateChoice) => void }
  | { kind: 'done'; outcome: 'added' | 'added_migrated' | 'replaced' | 'copied' | 'cancelled' }
  | { kind: 'refused'; problem: string }
  | { kind: 'save_failed' };

/** Adds a case from a case file (JSON) picked or dropped on the cases screen; all checks live in lib/. */
export function CaseImport({ locale, onImported }: { locale: Locale; onImported: () => Promise<void> }) {
  const { t } = useTranslation('common');
  const { t: tj } = useTranslation('journey');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'checking' });
    try {
      await getActiveConnection()?.flush();
      const outcome = await importCaseFile(getRepository().db, file, {
        decide: (existing) =>
          new Promise<DuplicateChoice>((resolve) => setStatus({ kind: 'duplicate', existing, resolve })),
      });
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
    } catch {
      setStatus({ kind: 'save_failed' });
    }
    if (input.current) input.current.value = '';
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
      <label className="field__label" htmlFor="case-import-file">
        {t('import.choose')}
      </label>
      <input
        ref={input}
        id="case-import-file"
        type="file"
        accept="application/json,.json"
        data-testid="import-file"
        disabled={status.kind === 'checking' || status.kind === 'duplicate'}
        onChange={(event) => void take(event.target.files?.[0])}
      />
      <p className="muted">{t('import.drop_here')}</p>
      {status.kind === 'checking' ? <p role="status">{t('import.checking')}</p> : null}
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
