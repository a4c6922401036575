import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createAppStore } from '@/lib/store/app-store';

import { createCaseLifecycle } from './case-lifecycle';
import { createCaseRepository, type CaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';
import { makeStoredCase } from './testing';

const NOW = new Date('2026-11-21T09:00:00.000Z');

let db: AppDatabase;
let name: string;
let repository: CaseRepository;
let ids: number;
let calls: string[];
beforeEach(() => {
  name = `lifecycle-${Math.random()}`;
  db = createDatabase(name);
  repository = createCaseRepository(db);
  ids = 0;
  calls = [];
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

function setUp() {
  const store = createAppStore();
  const connection = {
    flush: () => {
      calls.push('flush');
      return Promise.resolve();
    },
    cancelPending: () => calls.push('cancelPending'),
    disconnect: () => calls.push('disconnect'),
  };
  const lifecycle = createCaseLifecycle({
    store,
    repository: () => repository,
    connection: () => connection,
    eraseDevice: () => {
      calls.push('erase');
      return Promise.resolve();
    },
    newId: () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: () => NOW,
  });
  return { store, lifecycle };
}

describe('the case lifecycle', () => {
  it('starts a new case in the person’s language, saved, at the start of the journey', async () => {
    const { store, lifecycle } = setUp();
    await lifecycle.start('pt');
    const { caseData, session, isPrivate } = store.getState();
    expect(caseData).toMatchObject({
      id: '10000000-0000-4000-8000-000000000001',
      language: 'pt',
      createdAt: NOW.toISOString(),
      answers: {},
    });
    expect(session).toEqual({
      view: 'questions',
      stepId: null,
      urgentSeen: [],
      returnToReview: false,
      recordForm: null,
    });
    expect(isPrivate).toBe(false);
    expect(calls).toEqual(['flush']);
    expect((await repository.loadCase(caseData!.id))?.case.language).toBe('pt');
    expect(await repository.getCurrentCaseId()).toBe(caseData!.id);
  });

  it('starts a private case that nothing writes to the device', async () => {
    const { store, lifecycle } = setUp();
    lifecycle.startPrivate('es');
    expect(store.getState()).toMatchObject({ isPrivate: true, caseData: { language: 'es' } });
    expect(await repository.listCases()).toEqual([]);
  });

  it('never shares a session between two new cases', async () => {
    const { store, lifecycle } = setUp();
    await lifecycle.start('en');
    store.getState().markUrgentSeen('money');
    await lifecycle.start('en');
    expect(store.getState().session.urgentSeen).toEqual([]);
  });

  it('opens on load what the person chose: a private session, new notes, or a saved case', async () => {
    const saved = makeStoredCase({ title: 'Bank call' });
    await repository.saveCase(saved);
    const other = makeStoredCase();
    await repository.saveCase(other);

    const a = setUp();
    expect(await a.lifecycle.openOnLoad('en', { action: 'private' })).toBe(true);
    expect(a.store.getState().isPrivate).toBe(true);

    const b = setUp();
    expect(await b.lifecycle.openOnLoad('en', { action: 'open', caseId: saved.case.id })).toBe(false);
    expect(b.store.getState().caseData?.title).toBe('Bank call');

    const c = setUp();
    expect(await c.lifecycle.openOnLoad('es', { action: 'new' })).toBe(true);
    expect(c.store.getState().caseData).toMatchObject({ language: 'es', answers: {} });
    expect(await repository.listCases()).toHaveLength(3);
  });

  it('opens the case last open when nothing was chosen, and a new one when there is none or it is gone', async () => {
    const first = setUp();
    expect(await first.lifecycle.openOnLoad('en', null)).toBe(true);
    const id = first.store.getState().caseData!.id;

    const again = setUp();
    expect(await again.lifecycle.openOnLoad('en', null)).toBe(false);
    expect(again.store.getState().caseData?.id).toBe(id);

    const missing = setUp();
    expect(await missing.lifecycle.openOnLoad('en', { action: 'open', caseId: 'gone' })).toBe(true);
    expect(missing.store.getState().caseData?.id).not.toBe(id);
  });

  it('opens a saved case where the person left it, and the list of notes on its questions', async () => {
    const onResults = makeStoredCase();
    await repository.saveCase({ ...onResults, session: { ...onResults.session, view: 'results' } });
    const onList = makeStoredCase();
    await repository.saveCase({ ...onList, session: { ...onList.session, view: 'cases' } });
    const { store, lifecycle } = setUp();

    await lifecycle.open(onResults.case.id);
    expect(store.getState().caseData?.id).toBe(onResults.case.id);
    expect(store.getState().session.view).toBe('results');
    await lifecycle.open(onList.case.id);
    expect(store.getState().session.view).toBe('questions');
    expect(calls).toEqual(['flush', 'flush']);
  });

  it('renames the open case through the store and another case in storage; an empty title removes it', async () => {
    const other = makeStoredCase({ title: 'Old' });
    await repository.saveCase(other);
    const { store, lifecycle } = setUp();
    await lifecycle.start('en');
    const openId = store.getState().caseData!.id;

    await lifecycle.rename(openId, '  Phone scam  ');
    expect(store.getState().caseData?.title).toBe('Phone scam');
    await lifecycle.rename(other.case.id, 'Landlord');
    expect((await repository.loadCase(other.case.id))?.case.title).toBe('Landlord');
    await lifecycle.rename(other.case.id, '   ');
    expect((await repository.loadCase(other.case.id))?.case.title).toBeUndefined();
  });

  it('deletes another case and leaves the open one alone', async () => {
    const other = makeStoredCase();
    await repository.saveCase(other);
    const { store, lifecycle } = setUp();
    await lifecycle.start('en');
    const openId = store.getState().caseData!.id;
    await lifecycle.remove(other.case.id, 'en');
    expect(await repository.loadCase(other.case.id)).toBeNull();
    expect(store.getState().caseData?.id).toBe(openId);
    expect(calls).not.toContain('cancelPending');
  });

  it('deletes the open case without writing it back, then starts a new one', async () => {
    const { store, lifecycle } = setUp();
    await lifecycle.start('es');
    const openId = store.getState().caseData!.id;
    calls = [];
    await lifecycle.remove(openId, 'es');
    expect(calls[0]).toBe('cancelPending');
    expect(await repository.loadCase(openId)).toBeNull();
    const now = store.getState().caseData;
    expect(now?.id).not.toBe(openId);
    expect(now?.language).toBe('es');
    expect((await repository.listCases()).map((c) => c.id)).toEqual([now?.id]);
  });

  it('deletes everything after cancelling and disconnecting autosave, and leaves the store to the screen', async () => {
    const { store, lifecycle } = setUp();
    await lifecycle.start('en');
    calls = [];
    await lifecycle.deleteEverything();
    expect(calls).toEqual(['cancelPending', 'disconnect', 'erase']);
    expect(store.getState().caseData).not.toBeNull();
  });
});
