import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createAppStore } from '@/lib/store/app-store';

import { createCaseRepository } from './case-repository';
import { connectStoreToStorage } from './connect-store';
import { createDatabase, type AppDatabase } from './db';
import { createTabChannel } from './tab-channel';
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

  it('saves a choice at once and typing within about 150 ms', async () => {
    const repo = createCaseRepository(db);
    const store = createAppStore();
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    store.getState().openCase(stored.case, stored.session, { isPrivate: false });
    const link = connectStoreToStorage(store, repo);
    store.getState().answer('in_danger_now', 'no');
    await waitFor(() => store.getState().saveStatus === 'saved', 100);
    store.getState().updateCase((c) => ({ ...c, account: 'typed words' }));
    await waitFor(() => store.getState().saveStatus === 'saved', 400);
    expect((await repo.loadCase(stored.case.id))?.case.account).toBe('typed words');
    link.disconnect();
  });

  it('keeps a record form being filled in, with the case', async () => {
    const repo = createCaseRepository(db);
    const store = createAppStore();
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    store.getState().openCase(stored.case, stored.session, { isPrivate: false });
    const link = connectStoreToStorage(store, repo, { delayMs: 10 });
    store.getState().openRecordForm({ list: 'payments', isNew: true, draft: { id: 'p1' }, typed: {} });
    store.getState().changeRecordForm({ id: 'p1', notes: 'half a note' }, { amount: '3.000,00' });
    await link.flush();
    await waitFor(() => store.getState().saveStatus === 'saved');
    expect((await repo.loadCase(stored.case.id))?.session.recordForm).toEqual({
      list: 'payments',
      isNew: true,
      draft: { id: 'p1', notes: 'half a note' },
      typed: { amount: '3.000,00' },
    });
    link.disconnect();
  });
});

describe('two tabs with the same case open', () => {
  async function openTwoTabs() {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    const tabs = [createAppStore(), createAppStore()].map((store) => {
      store.getState().openCase(stored.case, stored.session, { isPrivate: false });
      const link = connectStoreToStorage(store, repo, { delayMs: 10, tabs: createTabChannel() });
      return { store, link };
    });
    return { repo, stored, a: tabs[0]!, b: tabs[1]! };
  }

  it('keeps both people’s answers to different questions, in storage and on both screens', async () => {
    const { repo, stored, a, b } = await openTwoTabs();
    a.store.getState().answer('in_danger_now', 'no');
    await waitFor(() => a.store.getState().saveStatus === 'saved');
    b.store.getState().answer('incident_types', ['investment_scam']);
    await waitFor(() => b.store.getState().saveStatus === 'saved');
    const kept = (await repo.loadCase(stored.case.id))?.case.answers;
    expect(kept).toMatchObject({ in_danger_now: 'no', incident_types: ['investment_scam'] });
    await waitFor(() => a.store.getState().caseData?.answers.incident_types?.[0] === 'investment_scam');
    expect(b.store.getState().caseData?.answers.in_danger_now).toBe('no');
    a.link.disconnect();
    b.link.disconnect();
  });

  it('never writes a deleted case back, and the other tab says it was deleted', async () => {
    const { repo, stored, a, b } = await openTwoTabs();
    a.link.cancelPending();
    a.store.getState().closeCase();
    await repo.deleteCase(stored.case.id);
    b.store.getState().answer('in_danger_now', 'no');
    await waitFor(() => b.store.getState().closedReason === 'deleted_elsewhere');
    expect(b.store.getState().caseData).toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    expect(await repo.loadCase(stored.case.id)).toBeNull();
    expect(await db.cases.count()).toBe(0);
    a.link.disconnect();
    b.link.disconnect();
  });

  it('refuses to write back a case deleted while this tab heard nothing', async () => {
    const { repo, stored, b } = await openTwoTabs();
    // Deleted behind the app's back (no message reaches the tab).
    await db.cases.delete(stored.case.id);
    b.store.getState().answer('in_danger_now', 'no');
    await waitFor(() => b.store.getState().closedReason === 'deleted_elsewhere');
    expect(b.store.getState().caseData).toBeNull();
    expect(await repo.loadCase(stored.case.id)).toBeNull();
    b.link.disconnect();
  });
});
