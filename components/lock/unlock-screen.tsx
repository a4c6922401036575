'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { readUnlockFailures, unlockWith, WrongPassphraseError } from '@/lib/persistence/lock-session';
import {
  unlockDelayMs,
  unlockWaitLeftMs,
  UNLOCK_DELAY,
  type UnlockDelaySchedule,
} from '@/lib/safety/lock-timing';

import styles from './lock.module.css';

type Answer = 'none' | 'wrong' | 'failed';

/**
 * The only thing shown while the passphrase lock is on and this page has not been given the passphrase: no case,
 * no list, no title. A wrong passphrase gets the same calm words every time; after a few, the form waits a little
 * longer each time before it takes the next one (lib/safety/lock-timing.ts), also after the page is loaded again.
 * Nothing is ever deleted or rewritten here.
 */
export function UnlockScreen({
  onUnlocked,
  schedule = UNLOCK_DELAY,
}: {
  onUnlocked: () => void;
  schedule?: UnlockDelaySchedule;
}) {
  const { t } = useTranslation('lock');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const [waitMs, setWaitMs] = useState(0);
  const [answer, setAnswer] = useState<Answer>('none');

  useEffect(() => headingRef.current?.focus(), []);
  // The wrong tries of earlier page loads: a reload neither forgets them nor ends the wait.
  useEffect(() => {
    let isLive = true;
    readUnlockFailures().then(
      (stored) => {
        if (!isLive || stored.count === 0) return;
        setFailures((count) => Math.max(count, stored.count));
        setWaitMs((ms) => Math.max(ms, unlockWaitLeftMs(stored, Date.now(), schedule)));
      },
      // Not readable: the form works as if there had been none; the derivation's cost still slows any guessing.
      () => undefined,
    );
    return () => {
      isLive = false;
    };
  }, [schedule]);
  useEffect(() => {
    if (waitMs === 0) return;
    const timer = setTimeout(() => {
      setWaitMs(0);
      inputRef.current?.focus();
    }, waitMs);
    return () => clearTimeout(timer);
  }, [waitMs]);

  const isWaiting = waitMs > 0;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isBusy || isWaiting || passphrase === '') return;
    setBusy(true);
    try {
      await unlockWith(passphrase);
      setPassphrase('');
      onUnlocked();
    } catch (error) {
      setPassphrase('');
      if (error instanceof WrongPassphraseError) {
        const count = failures + 1;
        setFailures(count);
        setAnswer('wrong');
        setWaitMs(unlockDelayMs(count, schedule));
      } else setAnswer('failed');
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <div className="panel panel--calm unlock" data-testid="unlock-screen">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('unlock.title')}
      </h1>
      <p>{t('unlock.body')}</p>
      <form
        onSubmit={(event) => void submit(event)}
        data-testid="unlock-form"
        data-wait-ms={waitMs}
        data-failures={failures}
        aria-busy={isBusy}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-passphrase`}>
            {t('unlock.label')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-passphrase`}
            type="password"
            className={styles.input}
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            disabled={isBusy || isWaiting}
            onChange={(event) => setPassphrase(event.target.value)}
            data-testid="unlock-passphrase"
          />
        </div>
        <div role="status" aria-live="polite">
          {answer === 'wrong' ? (
            <p className="panel panel--warn" data-testid="unlock-wrong">
              {t('unlock.wrong')}
            </p>
          ) : null}
          {answer === 'failed' ? <p className="panel panel--warn">{t('unlock.failed')}</p> : null}
          {isWaiting ? (
            <p className="muted" data-testid="unlock-waiting">
              {t('unlock.waiting')}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className="button button--primary"
          disabled={isBusy || isWaiting || passphrase === ''}
          data-testid="unlock-submit"
        >
          {isBusy ? t('unlock.opening') : t('unlock.submit')}
        </button>
      </form>
    </div>
  );
}
