import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Locale } from './config';
import type { Resources } from './resources';

/**
 * Makes an i18next instance for one language from resources already in memory. Initialisation is synchronous, so
 * the first render (on the server at build time and in the browser) already has every word: no flash, no fetch.
 */
export function createI18n(locale: Locale, resources: Resources): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
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
