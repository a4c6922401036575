import type { Metadata } from 'next';

import { NeutralPage } from '@/components/neutral/neutral-page';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { loadResources } from '@/lib/i18n/resources';

// The quick exit's destination when offline: a plain page that says nothing about the app.
export const metadata: Metadata = { title: '\u2600' };

export default async function WeatherPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  // Only the neutral page's own words: nothing else of the app is in its HTML (and it is lighter to store offline).
  const { common } = await loadResources(locale, ['common']);
  return <NeutralPage locale={locale} resources={{ common: { neutral: common?.neutral } }} />;
}
