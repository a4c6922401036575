'use client';

import { useEffect, useRef } from 'react';

import { idleRemainingMs } from '@/lib/safety/lock-timing';

import { LOCK_EVENT } from './lock-event';

/** What counts as the person using the page. */
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/**
 * While the lock is on and the page is open (`isArmed`), calls `onLock` when it must lock: after `idleMinutes`
 * without use, at the quick exit or "Lock now" (LOCK_EVENT), when the page is hidden for good (pagehide: a page kept
 * in the back/forward cache is kept locked) and when such a page is shown again. `onLock` must work synchronously.
 */
export function useLockTriggers(isArmed: boolean, idleMinutes: number, onLock: () => void): void {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);

  useEffect(() => {
    if (!isArmed) return;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fire = () => onLockRef.current();
    const check = () => {
      clearTimeout(timer);
      const remaining = idleRemainingMs(lastActivity, Date.now(), idleMinutes);
      if (remaining === 0) fire();
      // Checked again when due (a hidden tab's timers may run late: also checked when it is shown again).
      else timer = setTimeout(check, remaining);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) fire();
    };
    for (const type of ACTIVITY)
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener(LOCK_EVENT, fire);
    window.addEventListener('pagehide', fire);
    window.addEventListener('pageshow', onPageShow);
    check();
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener(LOCK_EVENT, fire);
      window.removeEventListener('pagehide', fire);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [isArmed, idleMinutes]);
}
