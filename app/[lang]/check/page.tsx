import { AppFrame } from '@/components/shell/app-frame';
import { JourneyLoader } from '@/components/journey/journey-loader';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { firstStepWords, frameWords } from '@/lib/questionnaire/first-step-resources';
import { loadResources } from '@/lib/i18n/resources';
import { buildLockHintScript } from '@/lib/safety/lock-hint';

// The whole journey lives at this one neutral address: questions, check your answers, results and the pack.
// The page carries the frame's words and the first screen's only; the journey brings the rest of its language's
// words with its code (components/journey/journey-loader.tsx).
export default async function CheckPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const [frame, { questionnaire }] = await Promise.all([
    loadResources(locale, ['common', 'journey']),
    loadResources(locale, ['questionnaire']),
  ]);
  return (
    <AppFrame locale={locale} resources={{ ...frameWords(frame), ...firstStepWords(questionnaire) }}>
      {/* Before the first question in the page, so that it runs before that is drawn (lib/safety/lock-hint.ts). */}
      <script dangerouslySetInnerHTML={{ __html: buildLockHintScript() }} />
      <JourneyLoader locale={locale} />
    </AppFrame>
  );
}
