'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  changeLockPassphrase,
  readIdleMinutes,
  readLockStatus,
  saveIdleMinutes,
  turnOffLock,
  turnOnLock,
  WrongPassphraseError,
} from '@/lib/persistence/lock-session';
import { IDLE_CHOICES, parseIdleMinutes } from '@/lib/safety/lock-timing';
import { useAppStore } from '@/lib/store/use-app-store';

import { requestLock } from './lock-event';
import { useLockState } from './lock-state';

import styles from './lock.module.css';

/** Shorter passphrases are too easy to guess, even at 600,000 derivation rounds a try. */
export const MIN_PASSPHRASE_LENGTH = 8;

type Stage = 'closed' | 'turn_on' | 'change' | 'turn_off';
type Problem = 'too_short' | 'mismatch' | 'not_understood' | 'wrong' | 'failed' | null;

function PassphraseInput({
  label,
  value,
  onChange,
  testId,
  isNew = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  isNew?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="password"
        className={styles.input}
        autoComplete={isNew ? 'new-password' : 'off'}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </div>
  );
}

/** Moves to the backup section of the same screen (components/bundle/backup-restore.tsx) and its first button. */
function goToBackup(): void {
  const section = document.querySelector<HTMLElement>('[data-testid="backup"]');
  section?.scrollIntoView({ block: 'start' });
  section?.querySelector<HTMLButtonElement>('[data-testid="backup-open"]')?.focus();
}

/**
 * "Lock with a passphrase", with the other choices about this device's data: before it is turned on, the plain
 * truth that a forgotten passphrase cannot be recovered and a protected backup offered first; then a passphrase
 * typed twice. When on: lock now, after how long without use, change the passphrase, turn it off. Not shown in a
 * private session (nothing is saved there).
 */
export function LockSettings() {
  const { t } = useTranslation('lock');
  const isPrivate = useAppStore((s) => s.isPrivate);
  const status = useLockState((s) => s.status);
  const idleMinutes = useLockState((s) => s.idleMinutes);
  const [stage, setStage] = useState<Stage>('closed');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [isUnderstood, setUnderstood] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [done, setDone] = useState<'on' | 'off' | 'changed' | null>(null);

  useEffect(() => {
    let isLive = true;
    void Promise.all([readLockStatus(), readIdleMinutes()]).then(
      ([found, minutes]) => {
        if (isLive) useLockState.setState({ status: found, idleMinutes: minutes });
      },
      () => undefined,
    );
    return () => {
      isLive = false;
    };
  }, []);

  if (isPrivate || status === null || status === 'locked') return null;

  const open = (to: Stage) => {
    setStage(to);
    setCurrent('');
    setNext('');
    setAgain('');
    setUnderstood(false);
    setProblem(null);
    setDone(null);
  };

  const checkNew = (): Problem => {
    if (next.length < MIN_PASSPHRASE_LENGTH) return 'too_short';
    if (next !== again) return 'mismatch';
    return null;
  };

  async function run(event: FormEvent, action: () => Promise<void>, check: () => Problem) {
    event.preventDefault();
    if (isBusy) return;
    const found = check();
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await action();
      setStage('closed');
      setCurrent('');
      setNext('');
      setAgain('');
    } catch (error) {
      setProblem(error instanceof WrongPassphraseError ? 'wrong' : 'failed');
    } finally {
      setBusy(false);
    }
  }

  const problemLine = problem ? (
    <p className="panel panel--warn" role="alert" data-testid="lock-problem">
      {t(`settings.problem_${problem}`, { min: MIN_PASSPHRASE_LENGTH })}
    </p>
  ) : null;
  const buttons = (submitLabel: string, testId: string) => (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={isBusy} data-testid={testId}>
        {isBusy ? t('settings.working') : submitLabel}
      </button>
      <button type="button" className="link-button" disabled={isBusy} onClick={() => setStage('closed')}>
        {t('settings.cancel')}
      </button>
    </div>
  );

  return (
    <section className="panel" aria-labelledby="lock-title" data-testid="lock-settings" data-state={status}>
      <h2 id="lock-title">{t('settings.title')}</h2>
      {done ? (
        <p className="panel panel--calm" role="status" data-testid="lock-done">
          {t(`settings.done_${done}`)}
        </p>
      ) : null}
      {status === 'off' ? (
        <>
          <p>{t('settings.intro_off')}</p>
          {stage === 'closed' ? (
            <button
              type="button"
              className="button button--secondary"
              data-testid="lock-setup"
              onClick={() => open('turn_on')}
            >
              {t('settings.setup')}
            </button>
          ) : (
            <form
              onSubmit={(event) =>
                void run(
                  event,
                  async () => {
                    await turnOnLock(next);
                    useLockState.setState({ status: 'unlocked' });
                    setDone('on');
                  },
                  () => checkNew() ?? (isUnderstood ? null : 'not_understood'),
                )
              }
            >
              <div className="panel panel--warn" data-testid="lock-warning">
                <p>{t('settings.warning')}</p>
                <p>{t('settings.backup_first')}</p>
                <button type="button" className="button button--secondary" onClick={goToBackup}>
                  {t('settings.backup_button')}
                </button>
              </div>
              <PassphraseInput
                label={t('settings.new')}
                value={next}
                onChange={setNext}
                testId="lock-new"
                isNew
              />
              <p className="hint">{t('settings.hint', { min: MIN_PASSPHRASE_LENGTH })}</p>
              <PassphraseInput
                label={t('settings.again')}
                value={again}
                onChange={setAgain}
                testId="lock-again"
                isNew
              />
              <div className="field">
                <label>
                  <input
                    type="checkbox"
                    checked={isUnderstood}
                    onChange={(event) => setUnderstood(event.target.checked)}
                    data-testid="lock-understood"
                  />{' '}
                  {t('settings.understood')}
                </label>
              </div>
              {problemLine}
              {buttons(t('settings.turn_on'), 'lock-turn-on')}
            </form>
          )}
        </>
      ) : (
        <>
          <p>{t('settings.intro_on')}</p>
          <div className="field">
            <label className="field__label" htmlFor="lock-idle">
              {t('settings.idle_label')}
            </label>
            <select
              id="lock-idle"
              value={idleMinutes}
              data-testid="lock-idle"
              onChange={(event) => {
                const minutes = parseIdleMinutes(Number(event.target.value));
                useLockState.setState({ idleMinutes: minutes });
                void saveIdleMinutes(minutes).catch(() => undefined);
              }}
            >
              {IDLE_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {t('settings.idle_minutes', { count: m })}
                </option>
              ))}
            </select>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              data-testid="lock-now"
              onClick={requestLock}
            >
              {t('settings.lock_now')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="lock-change"
              onClick={() => open('change')}
            >
              {t('settings.change')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="lock-off"
              onClick={() => open('turn_off')}
            >
              {t('settings.turn_off')}
            </button>
          </div>
          {stage === 'change' ? (
            <form
              data-testid="lock-change-form"
              onSubmit={(event) =>
                void run(
                  event,
                  async () => {
                    await changeLockPassphrase(current, next);
                    setDone('changed');
                  },
                  checkNew,
                )
              }
            >
              <PassphraseInput
                label={t('settings.current')}
                value={current}
                onChange={setCurrent}
                testId="lock-current"
              />
              <PassphraseInput
                label={t('settings.new')}
                value={next}
                onChange={setNext}
                testId="lock-new"
                isNew
              />
              <p className="hint">{t('settings.hint', { min: MIN_PASSPHRASE_LENGTH })}</p>
              <PassphraseInput
                label={t('settings.again')}
                value={again}
                onChange={setAgain}
                testId="lock-again"
                isNew
              />
              <p>{t('settings.warning')}</p>
              {problemLine}
              {buttons(t('settings.change_submit'), 'lock-change-submit')}
            </form>
          ) : null}
          {stage === 'turn_off' ? (
            <form
              data-testid="lock-off-form"
              onSubmit={(event) =>
                void run(
                  event,
                  async () => {
                    await turnOffLock(current);
                    useLockState.setState({ status: 'off' });
                    setDone('off');
                  },
                  () => null,
                )
              }
            >
              <p>{t('settings.off_explain')}</p>
              <PassphraseInput
                label={t('settings.current')}
                value={current}
                onChange={setCurrent}
                testId="lock-current"
              />
              {problemLine}
              {buttons(t('settings.turn_off_submit'), 'lock-off-submit')}
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
