import { useStore } from 'zustand';

import { createAppStore, type AppStore } from './app-store';

/** The one store of the running app. */
export const appStore = createAppStore();

/** Subscribes a component to one slice of the store (keep selectors narrow). */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(appStore, selector);
}
