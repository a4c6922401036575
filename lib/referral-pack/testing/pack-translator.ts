// A small translator over the shipped locale files for Node tests and the bench: `ns:dotted.key` lookups and
// `{{name}}` interpolation, as the app's i18next setup does (no escaping). A missing key throws, so a typo in
// a key the pack uses fails the tests instead of printing the key.
import type { Locale } from '../../i18n/config';
import { RESOURCES as EN } from '../../../locales/en';
import { RESOURCES as ES } from '../../../locales/es';
import { RESOURCES as PT } from '../../../locales/pt';
import type { PackTranslate } from '../document/pack-format';

const ALL: Record<Locale, Record<string, unknown>> = { en: EN, es: ES, pt: PT };

/** Returns a translator for one language; throws on a key that does not exist. */
export function createPackTranslator(lang: Locale): PackTranslate {
  return (key, params = {}) => {
    const [ns = '', path = ''] = key.includes(':') ? key.split(/:(.*)/s) : ['common', key];
    let node: unknown = ALL[lang][ns];
    for (const part of path.split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') throw new Error(`Missing translation ${lang}:${key}`);
    return node.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, name: string) => {
      const value = params[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
  };
}

/** The translator factory `buildPackDocument` takes. */
export const packTranslators = (lang: Locale): PackTranslate => createPackTranslator(lang);
