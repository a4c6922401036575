'use client';

import { EvidenceFingerprint } from '@/components/evidence/evidence-fingerprint';
import { EvidencePicker } from '@/components/evidence/evidence-picker';
import { setDraftValue, type Draft } from '@/lib/questionnaire/record-drafts';
import { storeEvidenceFile } from '@/lib/persistence/evidence-files';
import { useAppStore } from '@/lib/store/use-app-store';

/** Attaches the file of an evidence record: stored as it is, with the fingerprint taken on this device. */
export function EvidenceAttach({ draft, onChange }: { draft: Draft; onChange: (draft: Draft) => void }) {
  const caseId = useAppStore((s) => s.caseData?.id ?? '');
  const isPrivate = useAppStore((s) => s.isPrivate);
  const sha256 = typeof draft.sha256 === 'string' ? draft.sha256 : null;
  return (
    <div className="evidence-attach">
      {sha256 ? <EvidenceFingerprint sha256={sha256} /> : null}
      <EvidencePicker
        onAttached={async (e) => {
          const id = String(draft.id);
          await storeEvidenceFile(
            { id, caseId, blob: e.file, sha256: e.sha256, sizeBytes: e.sizeBytes },
            isPrivate,
          );
          let next = setDraftValue(draft, ['fileName'], e.fileName.slice(0, 300));
          next = setDraftValue(
            next,
            ['mimeType'],
            /^[a-z0-9.+-]+\/[a-zA-Z0-9.+-]+$/.test(e.mimeType) ? e.mimeType : null,
          );
          next = setDraftValue(next, ['sizeBytes'], e.sizeBytes);
          next = setDraftValue(next, ['sha256'], e.sha256);
          onChange(next);
        }}
      />
    </div>
  );
}
