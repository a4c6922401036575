'use client';

import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { formatBytes, formatSizeAgainstSpace, progressPercent } from '@/lib/evidence/format';
import type { AttachedEvidence } from '@/lib/evidence/prepare-evidence';
import { INTL_LOCALE, isLocale } from '@/lib/i18n/config';

import { EvidenceFingerprint } from './evidence-fingerprint';
import styles from './evidence.module.css';
import { useEvidenceAttach, type PickerState } from './use-evidence-attach';

export type EvidencePickerProps = {
  /**
   * Receives the untouched file with its SHA-256 and metadata, to store. If it returns a promise, the picker shows
   * "saving" until it settles; a rejection with a quota error shows the "not enough space" message.
   */
  onAttached: (evidence: AttachedEvidence) => void | Promise<void>;
  /** Told about failures (unreadable file, failed save). Not called for a cancel or a refusal for space. */
  onError?: (error: unknown) => void;
};

type Origin = 'file' | 'camera';

const ACCEPT_FILES = 'image/*,application/pdf,text/plain,.txt,.zip,video/*,audio/*';

/**
 * Lets the person attach a photo, screenshot, PDF or chat export, from their files or the camera. Checks the space
 * left, then fingerprints the original bytes in a worker (progress bar, cancel) and hands the file to `onAttached`.
 * It stores nothing itself, so a cancel or a refusal leaves everything already saved as it was.
 */
export function EvidencePicker({ onAttached, onError }: EvidencePickerProps) {
  const { t, i18n } = useTranslation('evidence');
  const intlLocale = isLocale(i18n.language) ? INTL_LOCALE[i18n.language] : 'en';
  const { state, isBusy, canCancel, attach, cancel } = useEvidenceAttach(onAttached, onError);
  const originRef = useRef<Origin>('file');
  const containerRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const cameraInputRef = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const cameraInputId = useId();
  const progressLabelId = useId();

  // Focus follows the work, unless the person has moved on elsewhere in the page: to Cancel while it runs (the
  // choose buttons are disabled then), then back to the button that started it.
  useEffect(() => {
    if (!isFocusLostOrWithin(containerRef.current)) return;
    if (canCancel) cancelRef.current?.focus();
    else if (!isBusy && state.step !== 'idle') {
      (originRef.current === 'camera' ? cameraInputRef : fileInputRef).current?.focus();
    }
  }, [canCancel, isBusy, state.step]);

  function onChosen(origin: Origin, event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again still counts as a choice.
    event.currentTarget.value = '';
    if (file === undefined || isBusy) return;
    originRef.current = origin;
    void attach(file);
  }

  return (
    <div ref={containerRef} className={styles.picker}>
      <p>{t('picker.intro')}</p>
      <div className={styles.actions}>
        <span>
          <input
            ref={fileInputRef}
            id={fileInputId}
            className={styles.fileInput}
            type="file"
            accept={ACCEPT_FILES}
            disabled={isBusy}
            onChange={(event) => onChosen('file', event)}
          />
          <label htmlFor={fileInputId} className={`button button--primary ${styles.fileLabel}`}>
            {t('picker.choose_file')}
          </label>
        </span>
        <span>
          <input
            ref={cameraInputRef}
            id={cameraInputId}
            className={styles.fileInput}
            type="file"
            accept="image/*"
            capture="environment"
            disabled={isBusy}
            onChange={(event) => onChosen('camera', event)}
          />
          <label htmlFor={cameraInputId} className={`button button--secondary ${styles.fileLabel}`}>
            {t('picker.take_photo')}
          </label>
        </span>
      </div>

      {(state.step === 'checking' || state.step === 'hashing') && (
        <div className={`panel ${styles.working}`}>
          <p className={styles.fileName}>
            {t('picker.hashing_file', { name: state.name, size: formatBytes(state.sizeBytes, intlLocale) })}
          </p>
          {state.step === 'checking' ? (
            <p>{t('picker.checking_space')}</p>
          ) : (
            <>
              <p id={progressLabelId}>
                {t('picker.hashing', { percent: progressPercent(state.done, state.total) })}
              </p>
              <progress
                className={styles.progress}
                max={100}
                value={progressPercent(state.done, state.total)}
                aria-labelledby={progressLabelId}
              />
            </>
          )}
          <p className={styles.hint}>{t('picker.hashing_hint')}</p>
          <button
            ref={cancelRef}
            type="button"
            className={`button button--secondary ${styles.cancel}`}
            onClick={cancel}
          >
            {t('picker.cancel')}
          </button>
        </div>
      )}

      <div role="status" className={styles.status}>
        <PickerMessage state={state} intlLocale={intlLocale} />
      </div>
      {state.step === 'attached' && <EvidenceFingerprint sha256={state.sha256} />}
    </div>
  );
}

function isFocusLostOrWithin(container: HTMLElement | null): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || (container?.contains(active) ?? false);
}

// The outcome of the last choice, read out by screen readers through the status region around it.
function PickerMessage({ state, intlLocale }: { state: PickerState; intlLocale: string }) {
  const { t } = useTranslation('evidence');
  switch (state.step) {
    case 'saving':
      return <p>{t('picker.saving')}</p>;
    case 'attached':
      return (
        <p className="panel panel--calm">
          {t('picker.attached', { name: state.name, size: formatBytes(state.sizeBytes, intlLocale) })}
        </p>
      );
    case 'cancelled':
      return <p className="panel panel--calm">{t('picker.cancelled')}</p>;
    case 'no_space':
      return (
        <p className={`panel ${styles.problem}`}>
          {t(
            'picker.not_enough_space',
            formatSizeAgainstSpace(state.sizeBytes, state.availableBytes, intlLocale),
          )}
        </p>
      );
    case 'failed':
      return <p className={`panel ${styles.problem}`}>{t(FAILURE_KEYS[state.reason])}</p>;
    default:
      return null;
  }
}

const FAILURE_KEYS = {
  read_failed: 'picker.read_failed',
  save_failed: 'picker.save_failed',
  storage_full: 'picker.storage_full',
} as const;
