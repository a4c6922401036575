import { useMemo } from 'react';

import { assess } from '@/lib/triage/assess';
import type { Assessment } from '@/lib/triage/types';

import { useAppStore } from './use-app-store';

/** The engine's assessment of the open case, recomputed only when the case changes. */
export function useAssessment(): Assessment | null {
  const caseData = useAppStore((s) => s.caseData);
  return useMemo(() => (caseData ? assess(caseData, { now: new Date() }) : null), [caseData]);
}
