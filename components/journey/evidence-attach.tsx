'use client';

import type { Draft } from '@/lib/case/record-drafts';

/** Attaching the file of an evidence record (filled in once the evidence picker lands). */
export function EvidenceAttach(_props: { draft: Draft; onChange: (draft: Draft) => void }) {
  return null;
}
