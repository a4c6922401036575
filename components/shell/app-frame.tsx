import type { ReactNode } from 'react';

import { I18nProvider } from '@/components/providers/i18n-provider';
import { ServiceWorkerRegistration } from '@/components/providers/service-worker-registration';
import { QuickExit } from '@/components/safety/quick-exit';
import type { Locale } from '@/lib/i18n/config';
import type { Resources } from '@/lib/i18n/resources';

import { AppHeader } from './app-header';
import { AppFooter } from './app-footer';

/** The frame of every screen: header with quick exit and language switch, the main content, the update prompt. */
export function AppFrame({
  locale,
  resources,
  children,
}: {
  locale: Locale;
  resources: Resources;
  children: ReactNode;
}) {
  return (
    <I18nProvider locale={locale} resources={resources}>
      <AppHeader locale={locale} quickExit={<QuickExit locale={locale} />} />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <ServiceWorkerRegistration />
      <AppFooter />
    </I18nProvider>
  );
}
