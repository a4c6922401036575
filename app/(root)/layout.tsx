import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { buildLocaleRedirectScript } from '@/lib/i18n/locale-redirect-script';
import { PRODUCT_NAME } from '@/lib/product';

export const metadata: Metadata = {
  title: PRODUCT_NAME,
  manifest: '/manifest.webmanifest',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
  icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }] },
};

// The root address only chooses a language and moves on, before anything paints.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <script dangerouslySetInnerHTML={{ __html: buildLocaleRedirectScript() }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
