import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { createCaseRepository } from './case-repository';
import { createDatabase, DB_NAME } from './db';
import { peekSavedNotes, SAVED_DB_NAME } from './peek-saved';
import { makeStoredCase } from './testing';

const names: string[] = [];
const fresh = () => {
  const name = `peek-${Math.random()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('peeking at saved notes for the start page', () => {
  it('reads the database the app writes', () => {
    expect(SAVED_DB_NAME).toBe(DB_NAME);
  });

  it('finds nothing, and creates no database, when nothing was ever saved', async () => {
    const name = fresh();
    expect(await peekSavedNotes(indexedDB, name)).toEqual({ count: 0, currentId: null });
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('counts the saved cases and names the one open last, as the repository does', async () => {
    const name = fresh();
    const db = createDatabase(name);
    const repo = createCaseRepository(db);
    const first = makeStoredCase();
    const second = makeStoredCase();
    await repo.saveCase(first);
    await repo.saveCase(second);
    const expected = { count: (await repo.listCases()).length, currentId: await repo.getCurrentCaseId() };
    expect(expected).toEqual({ count: 2, currentId: second.case.id });
    expect(await peekSavedNotes(indexedDB, name)).toEqual(expected);
    // The app's own connection keeps working afterwards.
    expect((await repo.listCases()).length).toBe(2);
    db.close();
  });

  it('does not stand in the way of the app opening or upgrading the database later', async () => {
    const name = fresh();
    expect(await peekSavedNotes(indexedDB, name)).toEqual({ count: 0, currentId: null });
    const db = createDatabase(name);
    const repo = createCaseRepository(db);
    await repo.saveCase(makeStoredCase());
    expect((await peekSavedNotes(indexedDB, name)).count).toBe(1);
    db.close();
  });

  it('reads as nothing saved where there is no IndexedDB', async () => {
    expect(await peekSavedNotes(null)).toEqual({ count: 0, currentId: null });
  });
});
