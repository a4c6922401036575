import { useMemo } from 'react';

import { DIRECTORY_COUNTRIES } from '@/lib/case/codes';
import { COUNTRY_CODES } from '@/lib/case/countries';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/i18n/country-name';

/** Country names in the app's language, the directory's twelve countries first (country questions and records). */
export function useCountryOptions(locale: Locale): { code: string; name: string }[] {
  return useMemo(() => {
    const name = (code: string) => countryName(code, locale);
    const first = DIRECTORY_COUNTRIES.map((code) => ({ code, name: name(code) })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    );
    const rest = COUNTRY_CODES.filter((c) => !(DIRECTORY_COUNTRIES as readonly string[]).includes(c))
      .map((code) => ({ code, name: name(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    return [...first, ...rest];
  }, [locale]);
}
