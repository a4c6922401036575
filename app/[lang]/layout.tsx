import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { isLocale, LOCALES } from '@/lib/i18n/config';
import { PRODUCT_NAME } from '@/lib/product';
import { buildExitGuardScript } from '@/lib/safety/quick-exit';

import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

// The title and icon are neutral on purpose: someone looking over the person's shoulder should not read what this is.
export const metadata: Metadata = {
  title: PRODUCT_NAME,
  applicationName: PRODUCT_NAME,
  manifest: '/manifest.webmanifest',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
  icons: {
    icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
  appleWebApp: { capable: true, title: PRODUCT_NAME, statusBarStyle: 'default' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#24505c',
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={lang}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: buildExitGuardScript(lang) }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
