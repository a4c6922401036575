'use client';

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { I18nProvider } from '@/components/providers/i18n-provider';
import type { Locale } from '@/lib/i18n/config';
import type { Resources } from '@/lib/i18n/resources';

function NeutralContent() {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('neutral.title');
  }, [t]);
  return (
    <main className="neutral">
      <h1>{t('neutral.heading')}</h1>
      <p>{t('neutral.body')}</p>
    </main>
  );
}

/** A plain, unbranded page: where the quick exit lands when there is no connection. */
export function NeutralPage({ locale, resources }: { locale: Locale; resources: Resources }) {
  return (
    <I18nProvider locale={locale} resources={resources}>
      <NeutralContent />
    </I18nProvider>
  );
}
