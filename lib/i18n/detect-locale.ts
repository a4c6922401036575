import { DEFAULT_LOCALE, isLocale, type Locale } from './config';

/**
 * Chooses the app's language: the person's saved choice first, then the browser's preferred languages in order,
 * then English. Pure, so it can run in the tiny inline script of the root page and in tests.
 */
export function detectLocale(saved: string | null | undefined, languages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
