'use client';

import type { Locale } from '@/lib/i18n/config';

/** Results (being built). */
export function ResultsView(_props: { locale: Locale }) {
  return null;
}
