'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type * as PassphraseLibrary from '@/lib/bundle/passphrase';
import type { Locale } from '@/lib/i18n/config';

export type Passphrases = typeof PassphraseLibrary;

/** Loads the passphrase library (the three wordlists, about 40 KB) only when someone is about to save a bundle. */
export function loadPassphrases(): Promise<Passphrases> {
  return import('@/lib/bundle/passphrase');
}

/**
 * Choosing how a bundle or a backup is protected: a proposed passphrase of seven random words the person may
 * change (with an honest strength estimate and a plain warning when it is weak), copying it, new words, the advice
 * to send it by another channel; or no passphrase, with a plain warning. `name` keeps ids and test ids apart when
 * two of these are on one screen (`bundle`, `backup`).
 */
export function PassphraseFields({
  name,
  lib,
  locale,
  passphrase,
  onPassphrase,
  unprotected,
  onUnprotected,
  noPassphraseWarning,
}: {
  name: string;
  lib: Passphrases;
  locale: Locale;
  passphrase: string;
  onPassphrase: (passphrase: string) => void;
  unprotected: boolean;
  onUnprotected: (unprotected: boolean) => void;
  /** What anyone who gets the file could see without a passphrase. */
  noPassphraseWarning: string;
}) {
  const { t } = useTranslation('bundle');
  const [copied, setCopied] = useState<'copied' | 'copy_failed' | null>(null);
  const strength = unprotected ? null : lib.estimateStrength(passphrase);

  async function copy() {
    try {
      await navigator.clipboard.writeText(passphrase);
      setCopied('copied');
    } catch {
      setCopied('copy_failed');
    }
  }

  return (
    <>
      {unprotected ? null : (
        <div className="field">
          <label className="field__label" htmlFor={`${name}-passphrase`}>
            {t('export.passphrase_label')}
          </label>
          <p className="hint" id={`${name}-passphrase-hint`}>
            {t('export.passphrase_hint')}
          </p>
          {/* A text area, so that the seven words wrap on a narrow phone instead of scrolling out of sight. */}
          <textarea
            id={`${name}-passphrase`}
            rows={2}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-describedby={`${name}-passphrase-hint ${name}-strength`}
            data-testid={`${name}-passphrase`}
            value={passphrase}
            onChange={(event) => {
              onPassphrase(event.target.value);
              setCopied(null);
            }}
          />
          <p
            id={`${name}-strength`}
            className={strength?.isStrong ? 'small' : 'panel panel--warn'}
            data-testid={`${name}-strength`}
            data-strong={strength?.isStrong ? 'true' : 'false'}
          >
            {strength?.isStrong
              ? t('export.strength_ok', { bits: strength.bits })
              : t('export.strength_weak', { bits: strength?.bits ?? 0 })}
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('export.copy')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onPassphrase(lib.generatePassphrase(locale));
                setCopied(null);
              }}
            >
              {t('export.new_passphrase')}
            </button>
          </div>
          {copied ? (
            <p role="status" className="small">
              {t(`export.${copied}`)}
            </p>
          ) : null}
          <p className="panel panel--calm">{t('export.other_channel')}</p>
        </div>
      )}
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={unprotected}
            data-testid={`${name}-unprotected`}
            onChange={(event) => onUnprotected(event.target.checked)}
          />{' '}
          {t('export.no_passphrase')}
        </label>
        {unprotected ? (
          <p className="panel panel--warn" role="alert">
            {noPassphraseWarning}
          </p>
        ) : null}
      </div>
    </>
  );
}

/** Asks for the passphrase of a protected file being opened; a wrong one is said calmly, the same way each time. */
export function PassphrasePrompt({
  name,
  title,
  body,
  label,
  submit,
  isWrong,
  onSubmit,
  onCancel,
}: {
  name: string;
  title: string;
  body: string;
  label: string;
  submit: string;
  isWrong: boolean;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('bundle');
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="panel"
      aria-labelledby={`${name}-passphrase-title`}
      data-testid={`${name}-passphrase-form`}
      onSubmit={(event) => {
        event.preventDefault();
        const typed = passphrase;
        setPassphrase('');
        onSubmit(typed);
      }}
    >
      <p id={`${name}-passphrase-title`} className="cases__title">
        {title}
      </p>
      <p>{body}</p>
      {isWrong ? (
        <p className="panel panel--warn" role="alert" data-testid={`${name}-wrong-passphrase`}>
          {t('problems.wrong_passphrase')}
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${name}-passphrase-input`}>
          {label}
        </label>
        <textarea
          id={`${name}-passphrase-input`}
          rows={2}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-testid={`${name}-passphrase`}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          data-testid={`${name}-passphrase-open`}
          disabled={passphrase.trim() === ''}
        >
          {submit}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setPassphrase('');
            onCancel();
          }}
        >
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
