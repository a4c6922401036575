import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { buildExitGuardScript, EXIT_FLAG_KEY } from './quick-exit';

type Load = {
  /** The mark the quick exit left in this tab's session storage. */
  isMarked: boolean;
  /** Navigation Timing level 2 type; undefined when the browser does not have it. */
  navigationType?: 'navigate' | 'reload' | 'back_forward' | 'prerender';
  /** The older performance.navigation.type (0 navigate, 1 reload, 2 back/forward). */
  legacyType?: 0 | 1 | 2;
  pathname?: string;
};

/** Runs the guard script as a page would, with a fake browser, and reports what it did. */
function loadPage(load: Load) {
  const storage = new Map<string, string>(load.isMarked ? [[EXIT_FLAG_KEY, '1']] : []);
  const replaced: string[] = [];
  const listeners: ((event: { persisted: boolean }) => void)[] = [];
  const html = { style: { visibility: '' } };
  const context = {
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      removeItem: (k: string) => storage.delete(k),
    },
    performance: {
      getEntriesByType: () => (load.navigationType ? [{ type: load.navigationType }] : []),
      navigation: load.legacyType === undefined ? undefined : { type: load.legacyType },
    },
    location: { pathname: load.pathname ?? '/en/', replace: (url: string) => replaced.push(url) },
    document: { documentElement: html },
    addEventListener: (type: string, fn: (event: { persisted: boolean }) => void) => {
      if (type === 'pageshow') listeners.push(fn);
    },
  };
  vm.runInNewContext(buildExitGuardScript('en'), context);
  return {
    replaced,
    isHidden: () => html.style.visibility === 'hidden',
    isMarked: () => storage.has(EXIT_FLAG_KEY),
    quickExit: () => storage.set(EXIT_FLAG_KEY, '1'),
    restoreFromCache: () => listeners.forEach((fn) => fn({ persisted: true })),
  };
}

describe('the quick exit guard every page runs', () => {
  it('shows the page as usual in a tab that never used the quick exit', () => {
    for (const navigationType of ['navigate', 'reload', 'back_forward'] as const) {
      const page = loadPage({ isMarked: false, navigationType });
      expect(page.replaced).toEqual([]);
      expect(page.isHidden()).toBe(false);
    }
  });

  it('sends Back (and Forward) after a quick exit to the neutral page, and keeps the mark', () => {
    const page = loadPage({ isMarked: true, navigationType: 'back_forward' });
    expect(page.isHidden()).toBe(true);
    expect(page.replaced).toEqual(['/en/weather/']);
    expect(page.isMarked()).toBe(true);
  });

  it('treats a reload after a quick exit as history too', () => {
    expect(loadPage({ isMarked: true, navigationType: 'reload' }).replaced).toEqual(['/en/weather/']);
  });

  it('shows the start page when the person opens the app again on purpose, and forgets the exit', () => {
    const page = loadPage({ isMarked: true, navigationType: 'navigate' });
    expect(page.replaced).toEqual([]);
    expect(page.isHidden()).toBe(false);
    expect(page.isMarked()).toBe(false);
  });

  it('sends a page restored from the back/forward cache to the neutral page while the mark is there', () => {
    // A restored page keeps the type of its first load, 'navigate', so only `persisted` can tell.
    const page = loadPage({ isMarked: false, navigationType: 'navigate' });
    page.restoreFromCache();
    expect(page.replaced).toEqual([]);
    page.quickExit();
    page.restoreFromCache();
    expect(page.isHidden()).toBe(true);
    expect(page.replaced).toEqual(['/en/weather/']);
  });

  it('uses the older navigation API where the newer one is missing, and otherwise stays on the safe side', () => {
    expect(loadPage({ isMarked: true, legacyType: 2 }).replaced).toEqual(['/en/weather/']);
    expect(loadPage({ isMarked: true, legacyType: 0 }).isMarked()).toBe(false);
    expect(loadPage({ isMarked: true }).replaced).toEqual(['/en/weather/']);
  });

  it('never redirects the neutral page to itself', () => {
    const page = loadPage({ isMarked: true, navigationType: 'back_forward', pathname: '/en/weather/' });
    expect(page.replaced).toEqual([]);
    expect(page.isMarked()).toBe(true);
  });
});
