'use client';

import type { Locale } from '@/lib/i18n/config';

/** The referral pack (being built). */
export function PackView(_props: { locale: Locale }) {
  return null;
}
