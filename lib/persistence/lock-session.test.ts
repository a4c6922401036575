import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { forgetDatabase, getRepository } from './instance';
import {
  lockNow,
  readIdleMinutes,
  readLockStatus,
  readUnlockFailures,
  saveIdleMinutes,
  turnOnLock,
  unlockWith,
  WrongPassphraseError,
} from './lock-session';
import { makeStoredCase, snapshotTables } from './testing';

const PASS = 'ocean ladder tribe velvet';
const TABLES = ['cases', 'evidenceFiles', 'settings', 'keys', 'vault'] as const;

afterEach(async () => {
  const { db } = getRepository();
  db.close();
  forgetDatabase();
  await Dexie.delete(db.name);
});

describe('the lock as the running app uses it', () => {
  it('is off, then unlocked once turned on, locked after lockNow, and unlocked again by the passphrase', async () => {
    const stored = makeStoredCase();
    await getRepository().repository.saveCase(stored);
    expect(await readLockStatus()).toBe('off');

    await turnOnLock(PASS);
    expect(await readLockStatus()).toBe('unlocked');

    const before = getRepository();
    lockNow();
    // The repository that remembered the case and its key is dropped with the database connection.
    expect(getRepository().repository).not.toBe(before.repository);
    expect(await readLockStatus()).toBe('locked');
    await expect(getRepository().repository.loadCase(stored.case.id)).rejects.toThrow();

    await unlockWith(PASS);
    expect(await readLockStatus()).toBe('unlocked');
    expect((await getRepository().repository.loadCase(stored.case.id))?.case).toEqual(stored.case);
  });

  it('lets a save in flight finish on the old connection, then forgets its key there too', async () => {
    const stored = makeStoredCase();
    await getRepository().repository.saveCase(stored);
    await turnOnLock(PASS);
    const old = getRepository();
    const changed = { ...stored, case: { ...stored.case, title: 'changed while locking' } };
    const saving = old.repository.saveCase(changed);
    lockNow(saving);
    await saving;
    await vi.waitFor(() => expect(old.db.isOpen()).toBe(false));
    expect(await readLockStatus()).toBe('locked');
    await unlockWith(PASS);
    expect((await getRepository().repository.loadCase(stored.case.id))?.case.title).toBe(
      'changed while locking',
    );
  });

  it('a wrong passphrase is only an answer: nothing stored changes but the count of wrong tries', async () => {
    await getRepository().repository.saveCase(makeStoredCase());
    await turnOnLock(PASS);
    lockNow();
    const DATA = TABLES.filter((table) => table !== 'settings');
    const before = await snapshotTables(getRepository().db, DATA);
    const settingsBefore = await getRepository().db.settings.toArray();
    const startedAt = Date.now();
    for (let i = 0; i < 3; i++)
      await expect(unlockWith(`wrong ${i}`)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await snapshotTables(getRepository().db, DATA)).toEqual(before);
    expect(await readLockStatus()).toBe('locked');
    // The settings gained one row: how many wrong tries and when, nothing of what was typed.
    const settingsAfter = await getRepository().db.settings.toArray();
    const added = settingsAfter.filter((row) => !settingsBefore.some((b) => b.key === row.key));
    expect(added.map((row) => row.key)).toEqual(['unlock_failures']);
    expect(JSON.stringify(settingsAfter)).not.toContain('wrong');
    const failures = await readUnlockFailures();
    expect(failures.count).toBe(3);
    expect(failures.lastAt).toBeGreaterThanOrEqual(startedAt);
  });

  it('keeps the count of wrong tries across connections (a reload), and clears it at the right passphrase', async () => {
    await turnOnLock(PASS);
    lockNow();
    for (let i = 0; i < 6; i++)
      await expect(unlockWith(`wrong ${i}`)).rejects.toBeInstanceOf(WrongPassphraseError);
    // A new page: the database opened again from nothing.
    getRepository().db.close();
    forgetDatabase();
    expect((await readUnlockFailures()).count).toBe(6);
    await unlockWith(PASS);
    expect(await readUnlockFailures()).toEqual({ count: 0, lastAt: 0 });
    expect(await getRepository().db.settings.get('unlock_failures')).toBeUndefined();
  });

  it('keeps the idle time chosen, 15 minutes until one is', async () => {
    expect(await readIdleMinutes()).toBe(15);
    await saveIdleMinutes(5);
    expect(await readIdleMinutes()).toBe(5);
  });
});
