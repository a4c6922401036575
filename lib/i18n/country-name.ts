import { INTL_LOCALE, type Locale } from './config';

const cache = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the language, from its ISO code; anything that is not a region code comes back as it is. */
export function countryName(code: string, locale: Locale): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
