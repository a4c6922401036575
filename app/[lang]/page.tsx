import { AppFrame } from '@/components/shell/app-frame';
import { StartScreen } from '@/components/start/start-screen';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import { loadResources } from '@/lib/i18n/resources';

export default async function StartPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const resources = await loadResources(locale, ['common']);
  return (
    <AppFrame locale={locale} resources={resources}>
      <StartScreen locale={locale} />
    </AppFrame>
  );
}
