/**
 * Connects the store to storage: every change to the open case (or to where the person is) is saved through the
 * repository after a short pause, at once when the page is hidden or closed, and before an update reload. A private
 * session is never written. The save status is written back to the store for the screen to show.
 */
import type { StoreApi } from 'zustand/vanilla';

import { onBeforeReload } from '@/lib/pwa/before-reload';
import type { AppStore } from '@/lib/store/app-store';

import { createAutosaver } from './autosave';
import type { CaseRepository } from './case-repository';
import type { StoredCase } from './restore-case';
import { classifyStorageError } from './storage-error';

/** Starts autosaving; returns a function that stops it (after flushing what is pending). */
export function connectStoreToStorage(
  store: StoreApi<AppStore>,
  repository: CaseRepository,
  options: { delayMs?: number } = {},
): { flush: () => Promise<void>; cancelPending: () => void; disconnect: () => void } {
  const saver = createAutosaver<StoredCase>({
    save: (stored) => repository.saveCase(stored),
    onStatus: (status, error) =>
      store.getState().setSaveStatus(status, error === undefined ? null : classifyStorageError(error)),
    delayMs: options.delayMs,
  });
  const flush = () => saver.flush().catch(() => undefined);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.isPrivate || !state.caseData) return;
    if (state.caseData === previous.caseData && state.session === previous.session) return;
    // A case just opened from storage is already saved as it is.
    if (previous.caseData === null) return;
    saver.schedule({ case: state.caseData, session: state.session });
    // Moving to another screen is rare and must survive an immediate reload: save it now, not after the pause.
    if (state.session !== previous.session) void flush();
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
      removeBeforeReload();
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHide);
        window.removeEventListener('pagehide', onPageHide);
      }
    },
  };
}
