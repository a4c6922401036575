'use client';

import { useTranslation } from 'react-i18next';

import type { AccountQuestion } from '@/lib/questionnaire/types';
import { useAppStore } from '@/lib/store/use-app-store';

/** The person's own account of what happened, in their own words (saved as they type). */
export function AccountField({ question }: { question: AccountQuestion }) {
  const { t } = useTranslation('questionnaire');
  const account = useAppStore((s) => s.caseData?.account ?? '');
  const updateCase = useAppStore((s) => s.updateCase);
  return (
    <div className="field">
      <label className="field__label" htmlFor={question.id}>
        {t(`questions.${question.id}.label`)}
      </label>
      {question.hint ? (
        <p className="hint" id={`${question.id}-hint`}>
          {t(`questions.${question.id}.hint`)}
        </p>
      ) : null}
      <textarea
        id={question.id}
        rows={10}
        maxLength={100_000}
        value={account}
        aria-describedby={question.hint ? `${question.id}-hint` : undefined}
        onChange={(e) => updateCase((c) => ({ ...c, account: e.target.value }))}
      />
    </div>
  );
}
