import { AppFrame } from '@/components/shell/app-frame';
import { JourneyLoader } from '@/components/journey/journey-loader';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { loadResources } from '@/lib/i18n/resources';

// The whole journey lives at this one neutral address: questions, check your answers, results and the pack.
export default async function CheckPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const resources = await loadResources(locale, [
    'common',
    'journey',
    'evidence',
    'referrals',
    'results',
    'questionnaire',
    'assessment',
    'pack',
    'bundle',
  ]);
  return (
    <AppFrame locale={locale} resources={resources}>
      <JourneyLoader locale={locale} />
    </AppFrame>
  );
}
