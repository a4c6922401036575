'use client';

import type { Locale } from '@/lib/i18n/config';
import type { UrgentPanel } from '@/lib/journey/urgent-panels';

/** The "do this now" panel (being built). */
export function UrgentPanelView(_props: { panel: UrgentPanel; locale: Locale; onContinue: () => void }) {
  return null;
}
