'use client';

import { useEffect, useRef } from 'react';

import { readLockStatus, type LockStatus } from '@/lib/persistence/lock-session';
import { getTabChannel } from '@/lib/persistence/tab-channel';

/**
 * Keeps this page's lock in step with the app's other open tabs (issue 15, point 3): "Lock now" or the quick exit in
 * another tab locks this one too (`onLock`, when the lock is on and this page is open), and so does the lock being
 * turned on there, since this page does not hold the passphrase's key. When the lock is turned off elsewhere, a
 * page showing the unlock form opens again (`onReopen`). A changed passphrase keeps an open page open: the data's
 * key is the same, only its wrapping changed.
 */
export function useLockFromOtherTabs(
  status: LockStatus | null,
  isOpen: boolean,
  isLocked: boolean,
  onLock: () => void,
  onReopen: () => void,
): void {
  const now = useRef({ status, isOpen, isLocked, onLock, onReopen });
  useEffect(() => {
    now.current = { status, isOpen, isLocked, onLock, onReopen };
  }, [status, isOpen, isLocked, onLock, onReopen]);

  useEffect(
    () =>
      getTabChannel().listen((message) => {
        if (message.type === 'locked') {
          if (now.current.isOpen && now.current.status === 'unlocked') now.current.onLock();
        } else if (message.type === 'lock_changed') {
          void readLockStatus().then(
            (found) => {
              if (found === 'locked' && now.current.isOpen) now.current.onLock();
              else if (found === 'off' && now.current.isLocked) now.current.onReopen();
            },
            // The store could not be read: this page stays as it is; its next save or unlock says what is wrong.
            () => undefined,
          );
        }
      }),
    [],
  );
}
