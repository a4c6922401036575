// The pack's words for Node tests and the bench, from the project's one i18next setup over the shipped locale
// files (plurals and interpolation as in the app). A missing key throws, so a typo in a key the pack uses fails
// the tests instead of printing the key.
import type { Locale } from '../../i18n/config';
import { createTranslate } from '../../i18n/create-i18n';
import { RESOURCES as EN } from '../../../locales/en';
import { RESOURCES as ES } from '../../../locales/es';
import { RESOURCES as PT } from '../../../locales/pt';
import type { PackTranslate } from '../document/pack-format';

const ALL = { en: EN, es: ES, pt: PT } satisfies Record<Locale, unknown>;

/** Returns a translator for one language; throws on a key that does not exist. */
export function createPackTranslator(lang: Locale): PackTranslate {
  return createTranslate(lang, ALL[lang], { strict: true });
}

/** The translator factory `buildPackDocument` takes. */
export const packTranslators = (lang: Locale): PackTranslate => createPackTranslator(lang);
