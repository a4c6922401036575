'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import { loadCaseEntries, prefetchCaseEntries, type LoadedCases } from './load-case-entries';

export type CaseEntriesState = {
  /** Every case, once all are read. */
  loaded: LoadedCases | null;
  /** While reading: the cases read so far, and how many rows of how many are done. */
  progress: (LoadedCases & { done: number; total: number }) | null;
  /** Reads the cases again (after an import, a rename or a delete); unchanged ones come from memory. */
  refresh: () => Promise<void>;
};

/** How long after the journey is ready the list entries are read in the background. */
const PREFETCH_AFTER_MS = 2000;

/**
 * Reads the list entries in the background shortly after the journey is ready (saved cases only), so that opening
 * the list later shows every case at once instead of reading them then.
 */
export function useCaseListPrefetch(isWanted: boolean): void {
  useEffect(() => {
    if (!isWanted) return;
    const timer = setTimeout(prefetchCaseEntries, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [isWanted]);
}

/** The list entries of every case on the device, read when the screen opens. */
export function useCaseEntries(): CaseEntriesState {
  const [loaded, setLoaded] = useState<LoadedCases | null>(null);
  const [progress, setProgress] = useState<CaseEntriesState['progress']>(null);
  const isLive = useRef(true);

  const refresh = useCallback(async () => {
    const result = await loadCaseEntries(
      new Date(),
      (soFar, done, total) => {
        if (isLive.current) setProgress({ ...soFar, done, total });
      },
      () => !isLive.current,
    );
    if (!isLive.current) return;
    setProgress(null);
    setLoaded(result);
  }, []);

  useEffect(() => {
    isLive.current = true;
    void refresh();
    return () => {
      isLive.current = false;
    };
  }, [refresh]);

  return { loaded, progress, refresh };
}
