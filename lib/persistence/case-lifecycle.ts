/**
 * The life of a case on this device, in one place: open the one to show on load, open a saved one, start a new one
 * (saved, or private and kept in memory only), rename, delete one, and delete everything. The screens call these and
 * render what the store then holds; none of them builds a case or a session itself.
 */
import type { StoreApi } from 'zustand/vanilla';

import { createEmptyCase } from '@/lib/case/case-file';
import type { Case } from '@/lib/case/schema';
import type { Locale } from '@/lib/i18n/config';
import type { AppStore } from '@/lib/store/app-store';
import { createEmptySession } from '@/lib/store/session';

import type { CaseRepository } from './case-repository';
import { clearAllData } from './clear-all-data';
import type { AppDatabase } from './db';
import { forgetDatabase, getActiveConnection, getRepository, type Connection } from './instance';
import { takeStartIntent, type StartIntent } from './intent';

/** What the lifecycle works with; the app's own by default, a test's own in tests. */
export type LifecycleDeps = {
  store: StoreApi<AppStore>;
  repository: () => CaseRepository;
  connection: () => Connection | null;
  /** Deletes every trace of the person's data (lib/persistence/clear-all-data.ts) and forgets the database. */
  eraseDevice: () => Promise<void>;
  newId: () => string;
  now: () => Date;
};

export type CaseLifecycle = ReturnType<typeof createCaseLifecycle>;

/** Builds the lifecycle over a store and a repository. The app uses `caseLifecycle(appStore)`. */
export function createCaseLifecycle(deps: LifecycleDeps) {
  const { store, repository, connection, newId, now } = deps;

  /** A new, empty case in the person's language. */
  const freshCase = (language: Locale): Case => ({
    ...createEmptyCase({ id: newId(), now: now() }),
    language,
  });

  /** Saves what is being typed, so a case opened or started next does not lose it. */
  const flush = async () => {
    await connection()?.flush();
  };

  /** Starts a new case, saved on this device, and opens it. */
  async function start(language: Locale): Promise<void> {
    await flush();
    const created = { case: freshCase(language), session: createEmptySession() };
    await repository().saveCase(created);
    store.getState().openCase(created.case, created.session, { isPrivate: false });
  }

  /** Starts a private case: kept in memory only, nothing written to this device. */
  function startPrivate(language: Locale): void {
    store.getState().openCase(freshCase(language), createEmptySession(), { isPrivate: true });
  }

  /**
   * Opens the case to show when the journey page loads: what the person chose on the start page (a private session,
   * new notes, or a saved case), else the case they had open last, else a new one. True when the case is new.
   */
  async function openOnLoad(
    language: Locale,
    intent: StartIntent | null = takeStartIntent(),
  ): Promise<boolean> {
    if (intent?.action === 'private') {
      startPrivate(language);
      return true;
    }
    const id =
      intent?.action === 'open'
        ? intent.caseId
        : intent?.action === 'new'
          ? null
          : await repository().getCurrentCaseId();
    const stored = id ? await repository().loadCase(id) : null;
    if (stored) {
      store.getState().openCase(stored.case, stored.session, { isPrivate: false });
      return false;
    }
    const created = { case: freshCase(language), session: createEmptySession() };
    await repository().saveCase(created);
    store.getState().openCase(created.case, created.session, { isPrivate: false });
    return true;
  }

  /** Opens a saved case where the person left it (the list of notes reopens on its questions). */
  async function open(id: string): Promise<void> {
    await flush();
    const stored = await repository().loadCase(id);
    if (stored) store.getState().openCase(stored.case, stored.session, { isPrivate: false });
    const view = stored?.session.view ?? 'questions';
    store.getState().showView(view === 'cases' ? 'questions' : view);
  }

  /** Gives a case a title (an empty one removes it): the open case through the store, another one in storage. */
  async function rename(id: string, title: string): Promise<void> {
    const newTitle = title.trim() || undefined;
    if (store.getState().caseData?.id === id) {
      store.getState().updateCase((c) => ({ ...c, title: newTitle }));
      return;
    }
    const stored = await repository().loadCase(id);
    if (stored) await repository().saveCase({ ...stored, case: { ...stored.case, title: newTitle } });
  }

  /** Deletes one case; deleting the open one closes it (nothing pending is written back) and starts a new one. */
  async function remove(id: string, language: Locale): Promise<void> {
    const isOpen = store.getState().caseData?.id === id;
    if (isOpen) {
      connection()?.cancelPending();
      store.getState().closeCase();
    }
    await repository().deleteCase(id);
    if (isOpen) await start(language);
  }

  /** Deletes everything on this device; the store is left for the screen to close once it has said so. */
  async function deleteEverything(): Promise<void> {
    connection()?.cancelPending();
    connection()?.disconnect();
    await deps.eraseDevice();
  }

  return { openOnLoad, start, startPrivate, open, rename, remove, deleteEverything };
}

/** The app's lifecycle over its one store, its database and its autosave connection. */
export function caseLifecycle(store: StoreApi<AppStore>): CaseLifecycle {
  return createCaseLifecycle({
    store,
    repository: () => getRepository().repository,
    connection: getActiveConnection,
    eraseDevice: async () => {
      await clearAllData(getRepository().db satisfies AppDatabase);
      forgetDatabase();
    },
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  });
}
