/**
 * Connects the store to storage. Every change to the open case (or to where the person is) is saved through the
 * repository: a choice or a move at once, typing after a short pause (autosave.ts), and everything pending at once
 * when the page is hidden or closed and before an update reload. A private session is never written.
 *
 * Many tabs, one truth: each save is merged with what other tabs stored meanwhile (case-repository.ts saveChanges),
 * then the other tabs are told (tab-channel.ts) and take the merged case in. A case deleted in another tab is never
 * written back: this tab stops saving and the screen says the case was deleted. The save status is written back to
 * the store for the screen to show.
 */
import type { StoreApi } from 'zustand/vanilla';

import { mergeCases } from '@/lib/case/merge-cases';
import type { Case } from '@/lib/case/schema';
import { onBeforeReload } from '@/lib/pwa/before-reload';
import type { AppStore } from '@/lib/store/app-store';

import { createAutosaver, TYPING_SAVE_DELAY_MS } from './autosave';
import type { CaseRepository } from './case-repository';
import type { StoredCase } from './restore-case';
import { classifyStorageError } from './storage-error';
import { getTabChannel, type TabChannel, type TabMessage } from './tab-channel';

function sameCase(a: Case, b: Case): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Starts autosaving; returns a function that stops it (after flushing what is pending). */
export function connectStoreToStorage(
  store: StoreApi<AppStore>,
  repository: CaseRepository,
  options: { delayMs?: number; tabs?: TabChannel } = {},
): { flush: () => Promise<void>; cancelPending: () => void; disconnect: () => void } {
  const typingDelay = options.delayMs ?? TYPING_SAVE_DELAY_MS;
  const tabs = options.tabs ?? getTabChannel();
  // The case as this tab last read or wrote it: what both sides of a merge changed from.
  let base: Case | null = store.getState().caseData;
  let isAdopting = false;
  let isDeleted = false;

  /** Takes in a merged case without losing what the person typed since (a three-way merge against `saved`). */
  function adopt(saved: Case, merged: Case): void {
    const current = store.getState().caseData;
    if (!current || current.id !== merged.id) return;
    const next = sameCase(saved, current) ? merged : mergeCases(saved, current, merged);
    if (sameCase(next, current)) return;
    isAdopting = true;
    store.getState().adoptStoredCase(next);
    isAdopting = false;
  }

  function markDeleted(): void {
    isDeleted = true;
    saver.cancel();
    store.getState().closeCase('deleted_elsewhere');
  }

  const saver = createAutosaver<StoredCase>({
    save: async (stored) => {
      const merged = await repository.saveChanges(stored, base ?? stored.case);
      base = merged;
      adopt(stored.case, merged);
      tabs.tell({ type: 'case_saved', caseId: merged.id });
    },
    onStatus: (status, error) => {
      const code = error === undefined ? null : classifyStorageError(error);
      if (code === 'deleted') markDeleted();
      else if (!isDeleted) store.getState().setSaveStatus(status, code);
    },
    isRetryable: (error) => classifyStorageError(error) !== 'deleted',
    delayMs: typingDelay,
  });
  const flush = () => saver.flush().catch(() => undefined);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.isPrivate || !state.caseData) return;
    if (state.caseData === previous.caseData && state.session === previous.session) return;
    // A case just opened from storage is already saved as it is.
    if (previous.caseData === null || previous.caseData.id !== state.caseData.id) {
      base = state.caseData;
      isDeleted = false;
      return;
    }
    if (isDeleted) return;
    // Another tab's changes taken in are already stored, unless this tab has changes of its own waiting.
    if (isAdopting && !saver.hasPending()) return;
    saver.schedule(
      { case: state.caseData, session: state.session },
      state.saveHint === 'now' ? 0 : typingDelay,
    );
  });

  /** Another tab saved this case: take its changes in (after writing this tab's own, merged). */
  async function takeInOtherTab(caseId: string): Promise<void> {
    await flush();
    const current = store.getState().caseData;
    if (!current || current.id !== caseId || isDeleted) return;
    const stored = await repository.loadCase(caseId).catch(() => undefined);
    if (stored === undefined) return;
    if (stored === null) return markDeleted();
    const from = base ?? current;
    base = stored.case;
    adopt(current, mergeCases(from, current, stored.case));
  }

  const stopListening = tabs.listen((message: TabMessage) => {
    const current = store.getState().caseData;
    if (!current || store.getState().isPrivate) return;
    if (message.type === 'all_deleted' || (message.type === 'case_deleted' && message.caseId === current.id))
      markDeleted();
    else if (message.type === 'case_saved' && message.caseId === current.id)
      void takeInOtherTab(message.caseId);
  });

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
  }
  const removeBeforeReload = onBeforeReload(flush);

  return {
    flush,
    // Before a case is deleted: a pending save must not bring it back.
    cancelPending: () => saver.cancel(),
    disconnect: () => {
      unsubscribe();
      stopListening();
      removeBeforeReload();
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHide);
        window.removeEventListener('pagehide', onPageHide);
      }
    },
  };
}
