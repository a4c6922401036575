'use client';

import { usePathname } from 'next/navigation';
import { useTranslation } from 'react-i18next';

import { LOCALE_STORAGE_KEY, LOCALES, type Locale } from '@/lib/i18n/config';
import { LANGUAGE_NAMES } from '@/lib/i18n/language-names';

/** Swaps the first path segment for another language, so the person stays on the same screen. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/(en|es|pt)(?=\/|$)/, '');
  return `/${locale}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/** Links to the same screen in the other languages; the choice is remembered on this device. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const { t } = useTranslation('common');
  const pathname = usePathname() ?? `/${locale}/`;
  return (
    <nav aria-label={t('nav.language')} className="language-switch">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l} className="language-switch__current">
                {LANGUAGE_NAMES[l]}
              </span>
            ) : (
              <a
                href={pathInLocale(pathname, l)}
                hrefLang={l}
                lang={l}
                onClick={() => {
                  try {
                    localStorage.setItem(LOCALE_STORAGE_KEY, l);
                  } catch {
                    // Storage can be unavailable (private mode, full disk): the switch still works for this visit.
                  }
                }}
              >
                {LANGUAGE_NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
