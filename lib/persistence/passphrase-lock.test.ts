import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { LockedError } from './case-keys';
import { createDatabase, type AppDatabase } from './db';
import {
  changePassphrase,
  derivePassphraseBits,
  isLockOn,
  lock,
  PBKDF2_ITERATIONS,
  turnLockOff,
  turnLockOn,
  unlock,
  WrongPassphraseError,
} from './passphrase-lock';
import { makeStoredCase, snapshotTables } from './testing';

const hex = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);
// Low in tests so they stay fast; the default (600,000) is checked once.
const FAST = { iterations: 1000 };
const PASS = 'ocean ladder tribe velvet';

describe('PBKDF2-HMAC-SHA256 known answers (RFC 7914, section 11)', () => {
  it('"passwd", salt "salt", 1 iteration, 64 bytes', async () => {
    const bits = await derivePassphraseBits('passwd', utf8('salt'), 1, 512);
    expect(hex(bits)).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('"Password", salt "NaCl", 80,000 iterations, 64 bytes', async () => {
    const bits = await derivePassphraseBits('Password', utf8('NaCl'), 80_000, 512);
    expect(hex(bits)).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
        'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });

  it('a passphrase typed with "é" as one character or as two derives the same key', async () => {
    const salt = utf8('0123456789abcdef');
    const composed = await derivePassphraseBits('caf\u00e9 ladder', salt, 10);
    const decomposed = await derivePassphraseBits('cafe\u0301 ladder', salt, 10);
    expect(hex(decomposed)).toBe(hex(composed));
  });
});

let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `lock-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  lock(db);
  db.close();
  await Dexie.delete(name);
});

/** Opens the same database as a new page would: nothing unlocked, nothing remembered. */
function reopen(): AppDatabase {
  db.close();
  db = createDatabase(name);
  return db;
}

async function saveOne(account: string) {
  const repo = createCaseRepository(db);
  const stored = makeStoredCase({ account });
  await repo.saveCase(stored);
  await repo.putEvidenceFile({
    id: `ev_${stored.case.id}`,
    caseId: stored.case.id,
    blob: new Blob([`file of ${account}`]),
    sha256: 'a'.repeat(64),
    sizeBytes: 5,
    addedAt: '2026-11-20T10:00:00.000Z',
  });
  return stored;
}

describe('the passphrase lock (storage side)', () => {
  it('stores the derivation parameters (600,000 iterations by default) and no usable key', async () => {
    await saveOne('before');
    await turnLockOn(db, PASS);
    const vault = await db.vault.get('root');
    expect(vault).toMatchObject({
      kind: 'passphrase',
      kdf: { name: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS },
    });
    expect((vault as { kdf: { salt: Uint8Array } }).kdf.salt.byteLength).toBe(16);
    // Nothing stored is a key: the root is sealed, as is every case key.
    expect(await snapshotTables(db, ['vault', 'keys'])).not.toContain('CryptoKey');
    expect(Object.keys(vault ?? {})).not.toContain('key');
  });

  it('on, locked, a wrong passphrase (the same error each time), then the right one: everything there', async () => {
    const a = await saveOne('first case');
    await turnLockOn(db, PASS, FAST);
    // Still unlocked in this page: a case saved now is sealed under the new root too.
    const b = await saveOne('second case');
    reopen();
    expect(await isLockOn(db)).toBe(true);
    await expect(createCaseRepository(db).listCases()).rejects.toBeInstanceOf(LockedError);
    for (let i = 0; i < 3; i++)
      await expect(unlock(db, 'ocean ladder tribe velvet ')).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock(db, PASS);
    const repo = createCaseRepository(db);
    expect((await repo.loadCase(a.case.id))?.case.account).toBe('first case');
    expect((await repo.loadCase(b.case.id))?.case.account).toBe('second case');
    expect(await (await repo.getEvidenceFile(`ev_${a.case.id}`))?.blob.text()).toBe('file of first case');
    lock(db);
    await expect(createCaseRepository(db).loadCase(a.case.id)).rejects.toBeInstanceOf(LockedError);
  });

  it('changing the passphrase: the new one opens, the old one no longer does', async () => {
    const a = await saveOne('kept');
    await turnLockOn(db, PASS, FAST);
    await expect(changePassphrase(db, 'not it', 'new words here', FAST)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await changePassphrase(db, PASS, 'new words here', FAST);
    reopen();
    await expect(unlock(db, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock(db, 'new words here');
    expect((await createCaseRepository(db).loadCase(a.case.id))?.case.account).toBe('kept');
  });

  it('turning it off: readable with no passphrase again, in a new page too', async () => {
    const a = await saveOne('kept');
    await turnLockOn(db, PASS, FAST);
    await turnLockOff(db, PASS);
    reopen();
    expect(await isLockOn(db)).toBe(false);
    expect((await createCaseRepository(db).loadCase(a.case.id))?.case.account).toBe('kept');
  });

  describe('interrupted (the write fails, as when the page closes in the middle)', () => {
    function failNextWrite(): () => void {
      const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
      (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
        if (args[0] === 'rw') throw Object.assign(new Error('closed'), { name: 'AbortError' });
        return original(...args);
      };
      return () => ((db as unknown as { transaction: unknown }).transaction = original);
    }

    it('turning it on: still readable with no passphrase, never neither', async () => {
      const a = await saveOne('kept');
      const before = await snapshotTables(db, ['vault', 'keys', 'cases']);
      const restore = failNextWrite();
      await expect(turnLockOn(db, PASS, FAST)).rejects.toThrow();
      restore();
      expect(await snapshotTables(db, ['vault', 'keys', 'cases'])).toBe(before);
      reopen();
      expect((await createCaseRepository(db).loadCase(a.case.id))?.case.account).toBe('kept');
    });

    it('changing the passphrase: the old one still opens everything', async () => {
      const a = await saveOne('kept');
      await turnLockOn(db, PASS, FAST);
      const restore = failNextWrite();
      await expect(changePassphrase(db, PASS, 'new words here', FAST)).rejects.toThrow();
      restore();
      reopen();
      await expect(unlock(db, 'new words here')).rejects.toBeInstanceOf(WrongPassphraseError);
      await unlock(db, PASS);
      expect((await createCaseRepository(db).loadCase(a.case.id))?.case.account).toBe('kept');
    });

    it('turning it off: the passphrase still opens everything', async () => {
      const a = await saveOne('kept');
      await turnLockOn(db, PASS, FAST);
      const restore = failNextWrite();
      await expect(turnLockOff(db, PASS)).rejects.toThrow();
      restore();
      reopen();
      await expect(createCaseRepository(db).loadCase(a.case.id)).rejects.toBeInstanceOf(LockedError);
      await unlock(db, PASS);
      expect((await createCaseRepository(db).loadCase(a.case.id))?.case.account).toBe('kept');
    });
  });

  it('deleting a case while the lock is on still deletes its key', async () => {
    const a = await saveOne('to delete');
    await turnLockOn(db, PASS, FAST);
    await createCaseRepository(db).deleteCase(a.case.id);
    expect(await db.keys.get(a.case.id)).toBeUndefined();
  });
});
