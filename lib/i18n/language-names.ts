import type { Locale } from './config';

/** Each language's name in that language (endonyms), shown in the language switch whatever the current language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', pt: 'Português' };
