import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createAppStore } from '@/lib/store/app-store';

import { createCaseRepository } from './case-repository';
import { connectStoreToStorage } from './connect-store';
import { createDatabase, type AppDatabase } from './db';
import { makeStoredCase } from './testing';

let db: AppDatabase;
let name: string;
beforeEach(() => {
  name = `connect-${Math.random()}`;
  db = createDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () =>
      check() ? resolve() : Date.now() - start > ms ? reject(new Error('timed out')) : setTimeout(tick, 10);
    tick();
  });
}

describe('saving the open case automatically', () => {
  it('saves an answer within about half a second and shows "saved" only once it is written', async () => {
    const repo = createCaseRepository(db);
    const store = createAppStore();
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    store.getState().openCase(stored.case, stored.session, { isPrivate: false });
    const link = connectStoreToStorage(store, repo);
    const started = Date.now();
    store.getState().answer('in_danger_now', 'no');
    expect(store.getState().saveStatus).toBe('pending');
    await waitFor(() => store.getState().saveStatus === 'saved');
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await repo.loadCase(stored.case.id))?.case.answers.in_danger_now).toBe('no');
    link.disconnect();
  });

  it('writes nothing at all in a private session', async () => {
    const repo = createCaseRepository(db);
    const store = createAppStore();
    const stored = makeStoredCase();
    store.getState().openCase(stored.case, stored.session, { isPrivate: true });
    const link = connectStoreToStorage(store, repo, { delayMs: 10 });
    store.getState().answer('in_danger_now', 'no');
    store.getState().updateCase((c) => ({ ...c, account: 'private words' }));
    await link.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.cases.count()).toBe(0);
    link.disconnect();
  });

  it('does not bring back a case deleted while a save was pending', async () => {
    const repo = createCaseRepository(db);
    const store = createAppStore();
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    store.getState().openCase(stored.case, stored.session, { isPrivate: false });
    const link = connectStoreToStorage(store, repo, { delayMs: 50 });
    store.getState().answer('in_danger_now', 'no');
    link.cancelPending();
    await repo.deleteCase(stored.case.id);
    store.getState().closeCase();
    await new Promise((r) => setTimeout(r, 120));
    expect(await repo.loadCase(stored.case.id)).toBeNull();
    link.disconnect();
  });
});
