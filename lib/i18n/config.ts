/** The languages the app speaks. English is the source language; Spanish and Portuguese are always complete. */
export const LOCALES = ['en', 'es', 'pt'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The key under which the person's own language choice is kept in localStorage. */
export const LOCALE_STORAGE_KEY = 'app.locale';

/** Tells whether a string is one of the app's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags used with Intl for dates, numbers and currencies in each language. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en', es: 'es', pt: 'pt-BR' };
