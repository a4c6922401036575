'use client';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';

import { LanguageSwitch } from './language-switch';

/** The top bar: skip link, the neutral app name, the quick exit (always first to reach) and the language switch. */
export function AppHeader({ locale, quickExit }: { locale: Locale; quickExit: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('nav.skip_to_content')}
      </a>
      <div className="app-header__bar">
        <a className="app-header__name" href={`/${locale}/`}>
          {t('app.name')}
        </a>
        {quickExit}
      </div>
      <LanguageSwitch locale={locale} />
    </header>
  );
}
