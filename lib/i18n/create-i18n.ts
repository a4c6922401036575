import { createInstance, type i18n, type Module } from 'i18next';

import type { Locale } from './config';
import type { Resources } from './resources';

/**
 * The one i18next setup of the project: the app's pages, the referral pack (in any of the three languages), the
 * figures, the scripts and the tests all make their instances here, so plurals (`key_one`, `key_many`,
 * `key_other`), interpolation and fallbacks behave the same everywhere.
 *
 * Initialisation is synchronous, so the first render (on the server at build time and in the browser) already has
 * every word: no flash, no fetch. `plugins` lets the React provider bind the instance to react-i18next; everything
 * else uses the instance as is.
 */
export function createI18n(locale: Locale, resources: Resources, plugins: readonly Module[] = []): i18n {
  const instance = createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A plain translate function: `ns:dotted.key`, `{{values}}` and plurals by `count`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A translate function over one language's words. With `strict`, a key that does not exist throws instead of
 * coming back as the key itself, so a typo in a test or a script fails rather than printing the key.
 */
export function createTranslate(
  locale: Locale,
  resources: Resources,
  { strict = false }: { strict?: boolean } = {},
): Translate {
  const instance = createI18n(locale, resources);
  const t = instance.getFixedT(locale);
  return (key, values = {}) => {
    if (strict && !instance.exists(key, values)) throw new Error(`Missing translation ${locale}:${key}`);
    return String(t(key, values));
  };
}
