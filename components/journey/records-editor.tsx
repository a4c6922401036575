'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeProblem } from '@/lib/case/problem-text';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import { removeEvidenceFile } from '@/lib/persistence/evidence-files';
import { firstUnclearAmount, summaryOf } from '@/lib/questionnaire/record-amounts';
import { checkDraft, createDraft, type Draft } from '@/lib/questionnaire/record-drafts';
import { RECORD_FIELDS, RECORD_LIST_FIELDS } from '@/lib/questionnaire/records';
import type { RecordsQuestion } from '@/lib/questionnaire/types';
import { appStore, useAppStore } from '@/lib/store/use-app-store';
import { EvidenceFingerprint } from '@/components/evidence/evidence-fingerprint';

import { EvidenceAttach } from './evidence-attach';
import { PaymentTotals } from './payment-totals';
import { RecordFormFields } from './record-form-fields';

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

/** Add, edit and remove the records of one list (payments, identifiers, evidence, reports made, own contacts). */
export function RecordsEditor({ question, locale }: { question: RecordsQuestion; locale: Locale }) {
  const { t } = useTranslation(['questionnaire', 'journey', 'common']);
  const list = question.records;
  const caseField = RECORD_LIST_FIELDS[list];
  const records = useAppStore((s) => (s.caseData ? (s.caseData[caseField] as unknown as Draft[]) : []));
  const payments = useAppStore((s) => s.caseData?.payments ?? []);
  const updateCase = useAppStore((s) => s.updateCase);
  // The open form lives in the store's session, so it is saved with the case while it is being filled in.
  const openForm = useAppStore((s) => s.session.recordForm);
  const form = openForm?.list === list ? openForm : null;
  const draft = form?.draft ?? null;
  const [error, setError] = useState<{ fieldKey: string | null; message: string } | null>(null);
  const fields = RECORD_FIELDS[list];
  const intlLocale = INTL_LOCALE[locale];
  const { openRecordForm, changeRecordForm, closeRecordForm } = appStore.getState();

  const writeList = (next: Draft[]) => updateCase((c) => ({ ...c, [caseField]: next }), new Date(), 'now');
  const save = () => {
    if (!form || !draft) return;
    // Text typed in an amount that is not a clear amount yet (it asks a question, or is not a number) is not saved
    // as "no amount": the person answers the field first.
    const unclear = firstUnclearAmount(list, draft, form.typed);
    if (unclear) {
      setError({ fieldKey: unclear, message: t('journey:records.amount.unclear') });
      return;
    }
    const checked = checkDraft(list, draft);
    if (!checked.ok) {
      const field = fields.find((f) => f.key === checked.fieldKey);
      const problem = describeProblem(t, checked.code, checked.values);
      setError({
        fieldKey: checked.fieldKey,
        message: field
          ? t('journey:records.invalid', {
              field: t(`questionnaire:records.${list}.fields.${field.key}.label`),
              detail: problem,
            })
          : problem,
      });
      return;
    }
    writeList(
      form.isNew
        ? [...records, checked.record]
        : records.map((r) => (r.id === checked.record.id ? checked.record : r)),
    );
    closeRecordForm();
    setError(null);
  };
  const isPrivate = useAppStore((s) => s.isPrivate);
  const remove = (id: unknown) => {
    if (!window.confirm(t('journey:records.confirm_remove'))) return;
    writeList(records.filter((r) => r.id !== id));
    if (list === 'evidence') void removeEvidenceFile(String(id), isPrivate);
  };
  const cancel = () => {
    // A file attached to a new record that is then cancelled must not stay on the device.
    if (draft && form?.isNew && list === 'evidence' && draft.sha256)
      void removeEvidenceFile(String(draft.id), isPrivate);
    closeRecordForm();
    setError(null);
  };
  const setDraft = (next: Draft) => changeRecordForm(next);
  // Once a problem is on screen next to its field, focus moves there, so the person sees what to check.
  useEffect(() => {
    if (error?.fieldKey) document.getElementById(`${list}-${error.fieldKey}`)?.focus();
  }, [error, list]);

  return (
    <section className="records" aria-labelledby={`${list}-title`}>
      <h2 id={`${list}-title`}>{t(`questionnaire:questions.${question.id}.label`)}</h2>
      {question.hint ? <p className="hint">{t(`questionnaire:questions.${question.id}.hint`)}</p> : null}
      {records.length === 0 ? <p className="muted">{t('journey:records.empty')}</p> : null}
      <ol className="records__list">
        {records.map((r, i) => (
          <li key={String(r.id)} className="records__item">
            <span>
              {i + 1}. {summaryOf(list, r, intlLocale) || t('journey:records.no_details')}
            </span>
            {list === 'evidence' && typeof r.sha256 === 'string' ? (
              <EvidenceFingerprint sha256={r.sha256} showExplanation={false} />
            ) : null}
            <span className="records__actions">
              <button
                type="button"
                className="link-button"
                data-testid={`record-edit-${list}`}
                onClick={() => {
                  openRecordForm({ list, isNew: false, draft: r, typed: {} });
                  setError(null);
                }}
              >
                {t('journey:records.edit')}
              </button>
              <button
                type="button"
                className="link-button link-button--danger"
                data-testid={`record-remove-${list}`}
                onClick={() => remove(r.id)}
              >
                {t('journey:records.remove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {list === 'payments' ? <PaymentTotals payments={payments} intlLocale={intlLocale} /> : null}
      {form && draft ? (
        <div
          className="panel records__form"
          role="group"
          aria-label={t(`questionnaire:records.${list}.title`)}
        >
          {list === 'evidence' ? <EvidenceAttach draft={draft} onChange={setDraft} /> : null}
          <RecordFormFields
            list={list}
            form={form}
            locale={locale}
            error={error}
            onFieldChange={(fieldKey) => {
              if (error?.fieldKey === fieldKey) setError(null);
            }}
          />
          {error && error.fieldKey === null ? <p className="field-error">{error.message}</p> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={save} data-testid="record-save">
              {t('journey:records.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={cancel}
              data-testid="record-cancel"
            >
              {t('journey:records.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          data-testid={`record-add-${list}`}
          onClick={() => {
            openRecordForm({ list, isNew: true, draft: createDraft(list, newId()), typed: {} });
            setError(null);
          }}
        >
          {t(`journey:records.add.${list}`)}
        </button>
      )}
    </section>
  );
}
