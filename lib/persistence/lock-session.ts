/**
 * The passphrase lock as the running app uses it (issue 15, points 2 and 3): whether this page must ask for the
 * passphrase, unlocking, locking (the opened root key forgotten and the open database dropped with the repository's
 * memory of the cases it read), turning the lock on or off, changing the passphrase, and the chosen idle time.
 * Nothing here deletes or replaces data because a key could not be opened: a wrong passphrase is only ever an
 * answer to the person.
 */
import { rememberLockHint } from '@/lib/safety/lock-hint';
import {
  parseIdleMinutes,
  parseUnlockFailures,
  type IdleMinutes,
  type UnlockFailures,
} from '@/lib/safety/lock-timing';

import { LockedError, rootKeyOf } from './case-keys';
import { forgetDatabase, getRepository } from './instance';
import {
  changePassphrase,
  isLockOn,
  lock,
  turnLockOff,
  turnLockOn,
  unlock,
  WrongPassphraseError,
} from './passphrase-lock';
import { tellOtherTabs } from './tab-channel';

export { WrongPassphraseError };

export type LockStatus = 'off' | 'locked' | 'unlocked';

const IDLE_SETTING = 'lock_idle_minutes';
const FAILURES_SETTING = 'unlock_failures';

/** Whether the lock is on here, and if so whether this page holds the passphrase's key. */
export async function readLockStatus(): Promise<LockStatus> {
  const { db } = getRepository();
  const vault = await db.vault.get('root');
  // The page's lock hint follows what is stored (lib/safety/lock-hint.ts).
  rememberLockHint(vault?.kind === 'passphrase');
  if (vault?.kind !== 'passphrase') return 'off';
  try {
    rootKeyOf(db, vault);
    return 'unlocked';
  } catch (error) {
    if (error instanceof LockedError) return 'locked';
    throw error;
  }
}

/**
 * Opens the data with the passphrase. A wrong one is a WrongPassphraseError, and is counted (a plain setting: how
 * many in a row and when, never what was typed), so the growing wait survives a reload; the right one clears the
 * count. Nothing else is written.
 */
export async function unlockWith(passphrase: string): Promise<void> {
  const { db } = getRepository();
  try {
    await unlock(db, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) await countWrongPassphrase().catch(() => undefined);
    throw error;
  }
  await db.settings.delete(FAILURES_SETTING).catch(() => undefined);
}

/** The wrong passphrases given in a row so far, and when the last was. */
export async function readUnlockFailures(): Promise<UnlockFailures> {
  return parseUnlockFailures((await getRepository().db.settings.get(FAILURES_SETTING))?.value);
}

async function countWrongPassphrase(): Promise<void> {
  const { db } = getRepository();
  await db.transaction('rw', db.settings, async () => {
    const { count } = parseUnlockFailures((await db.settings.get(FAILURES_SETTING))?.value);
    const value: UnlockFailures = { count: count + 1, lastAt: Date.now() };
    await db.settings.put({ key: FAILURES_SETTING, value });
  });
}

/**
 * Locks this page at once (synchronously, so that it can run as the page is hidden): the database and the
 * repository (which remembers the cases it last read, and their keys) are dropped, so everything from now on opens a
 * fresh connection that holds no key until the passphrase is given again. `pending` is what may still be writing on
 * the old connection (the last typing being saved): it is let finish, so nothing typed is lost, and then the old
 * connection forgets its opened root key and is closed.
 */
export function lockNow(pending: Promise<unknown> = Promise.resolve()): void {
  const { db } = getRepository();
  forgetDatabase();
  void pending
    .catch(() => undefined)
    .finally(() => {
      lock(db);
      db.close();
    });
}

export async function isLockOnHere(): Promise<boolean> {
  return isLockOn(getRepository().db);
}

// Turning the lock on, off or changing its passphrase tells the app's other open tabs, which read it again: a tab
// left open without the passphrase locks (components/lock/use-other-tabs.ts).

export async function turnOnLock(passphrase: string): Promise<void> {
  await turnLockOn(getRepository().db, passphrase);
  rememberLockHint(true);
  tellOtherTabs({ type: 'lock_changed' });
}

export async function turnOffLock(passphrase: string): Promise<void> {
  await turnLockOff(getRepository().db, passphrase);
  rememberLockHint(false);
  tellOtherTabs({ type: 'lock_changed' });
}

export async function changeLockPassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
  await changePassphrase(getRepository().db, oldPassphrase, newPassphrase);
  tellOtherTabs({ type: 'lock_changed' });
}

/** The idle time after which an open page locks itself (a plain setting: it says nothing about the cases). */
export async function readIdleMinutes(): Promise<IdleMinutes> {
  const row = await getRepository().db.settings.get(IDLE_SETTING);
  return parseIdleMinutes(row?.value);
}

export async function saveIdleMinutes(minutes: IdleMinutes): Promise<void> {
  await getRepository().db.settings.put({ key: IDLE_SETTING, value: minutes });
}
