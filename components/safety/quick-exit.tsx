'use client';

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { quickExit } from '@/lib/safety/quick-exit';
import { createTripleShiftDetector } from '@/lib/safety/triple-shift';

import { requestLock } from '@/components/lock/lock-event';

/** Locks the passphrase lock first (when it is on, the journey forgets its keys and case), then leaves. */
function lockAndLeave(locale: string): void {
  try {
    requestLock();
  } finally {
    quickExit(locale);
  }
}

/** The "Leave now" button, present on every screen, and the Shift ×3 shortcut. */
export function QuickExit({ locale }: { locale: string }) {
  const { t } = useTranslation('common');

  useEffect(() => {
    const detector = createTripleShiftDetector();
    const onKey = (event: KeyboardEvent) => {
      if (
        detector.handle({
          key: event.key,
          repeat: event.repeat,
          type: event.type === 'keyup' ? 'keyup' : 'keydown',
          timeStamp: event.timeStamp,
        })
      )
        lockAndLeave(locale);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
    };
  }, [locale]);

  return (
    <button
      type="button"
      className="quick-exit"
      onClick={() => lockAndLeave(locale)}
      aria-describedby="quick-exit-hint"
      data-testid="quick-exit"
    >
      {t('exit.button')}
      <span id="quick-exit-hint" className="visually-hidden">
        {t('exit.button_hint')}
      </span>
    </button>
  );
}
