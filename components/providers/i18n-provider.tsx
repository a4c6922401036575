'use client';

import { useState, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { createI18n } from '@/lib/i18n/create-i18n';
import type { Resources } from '@/lib/i18n/resources';

/** Gives the components of one page their language's words, already loaded at build time. */
export function I18nProvider({
  locale,
  resources,
  children,
}: {
  locale: Locale;
  resources: Resources;
  children: ReactNode;
}) {
  const [i18n] = useState(() => createI18n(locale, resources, [initReactI18next]));
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
