// Words for the figures in tests: the project's i18next setup over the real locale files, with country names
// from Intl.
import { createTranslate } from '../../i18n/create-i18n';
import { countryName } from '../../i18n/country-name';
import type { Locale } from '../../i18n/config';
import { RESOURCES as EN } from '../../../locales/en';
import { RESOURCES as ES } from '../../../locales/es';
import { RESOURCES as PT } from '../../../locales/pt';
import type { FigureWords } from '../labels';

const RESOURCES = { en: EN, es: ES, pt: PT };

/** The figures' words in one language. */
export function figureWords(locale: Locale): FigureWords {
  return {
    t: createTranslate(locale, RESOURCES[locale], { strict: true }),
    countryName: (code) => countryName(code, locale),
  };
}

/** English words, and a way to the others. */
export const englishWords = { ...figureWords('en'), forLanguage: figureWords };
