'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatAmountForInput, keptAmount, readAmount } from '@/lib/case/amount-input';
import { formatMoney, totalsByCurrency } from '@/lib/case/payment-totals';
import {
  checkDraft,
  createDraft,
  getDraftValue,
  inputToValue,
  setDraftValue,
  type Draft,
} from '@/lib/questionnaire/record-drafts';
import type { Payment } from '@/lib/case/schema';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/config';
import {
  RECORD_FIELDS,
  RECORD_LIST_FIELDS,
  RECORD_OPTIONS,
  type RecordField,
  type RecordListId,
} from '@/lib/questionnaire/records';
import type { RecordsQuestion } from '@/lib/questionnaire/types';
import { describeProblem } from '@/lib/case/problem-text';
import type { RecordForm } from '@/lib/store/session';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { AmountField } from './amount-field';
import { useCountryOptions } from './use-country-options';
import { EvidenceAttach } from './evidence-attach';
import { EvidenceFingerprint } from '@/components/evidence/evidence-fingerprint';
import { removeEvidenceFile } from '@/lib/persistence/evidence-files';

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

function RecordFieldInput({
  list,
  field,
  draft,
  locale,
  error,
  onChange,
}: {
  list: RecordListId;
  field: RecordField;
  draft: Draft;
  locale: Locale;
  error: string | null;
  onChange: (value: unknown) => void;
}) {
  const { t } = useTranslation(['questionnaire', 'journey']);
  const countries = useCountryOptions(locale);
  const id = `${list}-${field.key}`;
  const value = getDraftValue(draft, field.path);
  const label = t(`questionnaire:records.${list}.fields.${field.key}.label`);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  let control: ReactNode;
  if (field.input === 'computed') {
    control = (
      <output id={id} className={field.key === 'sha256' ? 'mono' : undefined}>
        {text || '—'}
      </output>
    );
  } else if (field.input === 'choice' && field.options) {
    control = (
      <select id={id} value={text} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        {field.required ? null : <option value="">{t('journey:records.not_given')}</option>}
        {RECORD_OPTIONS[field.options].map((o) => (
          <option key={o} value={o}>
            {t(`questionnaire:records.options.${field.options}.${o}`)}
          </option>
        ))}
      </select>
    );
  } else if (field.input === 'country') {
    control = (
      <select id={id} value={text} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('journey:records.not_given')}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    );
  } else if (field.input === 'long_text') {
    control = (
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(e) => onChange(inputToValue(field, e.target.value))}
      />
    );
  } else {
    control = (
      <input
        id={id}
        type={field.input === 'date_time' ? 'datetime-local' : 'text'}
        inputMode={field.input === 'number' ? 'decimal' : undefined}
        autoCapitalize={field.input === 'currency' ? 'characters' : undefined}
        maxLength={field.input === 'currency' ? 10 : undefined}
        value={text}
        onChange={(e) => onChange(inputToValue(field, e.target.value))}
      />
    );
  }
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {field.input === 'computed' ? (
        <span className="field__label">{label}</span>
      ) : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {error ? <p className="field-error">{error}</p> : null}
      {control}
    </div>
  );
}

function numberAt(draft: Draft, path: readonly string[]): number | null {
  const value = getDraftValue(draft, path);
  return typeof value === 'number' ? value : null;
}

/** The text an amount field starts with when a kept record is edited again. */
function amountText(draft: Draft, path: readonly string[], locale: Locale): string {
  const value = numberAt(draft, path);
  return value === null ? '' : formatAmountForInput(value, locale);
}

/** After the currency changes, reads each typed amount again: the currency can change what the text means. */
function withAmountsReadAgain(draft: Draft, form: RecordForm | null, locale: Locale): Draft {
  if (!form) return draft;
  const currency = typeof draft.currency === 'string' ? draft.currency : null;
  let next = draft;
  for (const [key, raw] of Object.entries(form.typed)) {
    const field = RECORD_FIELDS[form.list].find((f) => f.key === key && f.input === 'number');
    if (!field) continue;
    const kept = keptAmount(readAmount(raw, { locale, currency }), numberAt(draft, field.path));
    next = setDraftValue(next, field.path, kept ?? undefined);
  }
  return next;
}

function summaryOf(list: RecordListId, record: Draft, intlLocale: string): string {
  const s = (path: string[]) => {
    const v = getDraftValue(record, path);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  if (list === 'payments') {
    const amount = getDraftValue(record, ['amount']);
    const currency = s(['currency']);
    const money = typeof amount === 'number' && currency ? formatMoney(amount, currency, intlLocale) : '';
    return [money, s(['paidAt']).replace('T', ' '), s(['recipient', 'name'])].filter(Boolean).join(' · ');
  }
  if (list === 'identifiers') return s(['value']);
  if (list === 'evidence')
    return [s(['fileName']) || s(['description']), s(['sha256']).slice(0, 12)].filter(Boolean).join(' · ');
  if (list === 'reports_made') return [s(['organisation']), s(['reference'])].filter(Boolean).join(' · ');
  return [s(['name']), s(['phone'])].filter(Boolean).join(' · ');
}

function PaymentTotals({ payments, intlLocale }: { payments: Payment[]; intlLocale: string }) {
  const { t } = useTranslation('journey');
  const { totals, incomplete } = totalsByCurrency(payments);
  if (totals.length === 0) return null;
  return (
    <div className="totals" data-testid="payment-totals">
      <h3>{t('records.totals_title')}</h3>
      <ul>
        {totals.map((x) => (
          <li key={x.currency}>
            {t('records.total_line', {
              amount: formatMoney(x.amount, x.currency, intlLocale),
              count: x.count,
            })}
          </li>
        ))}
      </ul>
      {incomplete > 0 ? <p className="hint">{t('records.total_incomplete', { count: incomplete })}</p> : null}
    </div>
  );
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
    const unclear = fields.find(
      (f) =>
        f.input === 'number' && (form.typed[f.key] ?? '').trim() !== '' && numberAt(draft, f.path) === null,
    );
    if (unclear) {
      setError({ fieldKey: unclear.key, message: t('journey:records.amount.unclear') });
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
      {draft ? (
        <div
          className="panel records__form"
          role="group"
          aria-label={t(`questionnaire:records.${list}.title`)}
        >
          {list === 'evidence' ? <EvidenceAttach draft={draft} onChange={setDraft} /> : null}
          {fields
            .filter((f) => !f.showIf || f.showIf.in.includes(String(getDraftValue(draft, [f.showIf.key]))))
            .map((f) =>
              f.input === 'number' && form ? (
                <AmountField
                  key={f.key}
                  id={`${list}-${f.key}`}
                  label={t(`questionnaire:records.${list}.fields.${f.key}.label`)}
                  locale={locale}
                  currency={typeof draft.currency === 'string' ? draft.currency : null}
                  raw={form.typed[f.key] ?? amountText(draft, f.path, locale)}
                  value={numberAt(draft, f.path)}
                  error={error?.fieldKey === f.key ? error.message : null}
                  onChange={(value, raw, currencyInText) => {
                    if (error?.fieldKey === f.key) setError(null);
                    let next = setDraftValue(draft, f.path, value ?? undefined);
                    if (currencyInText && typeof draft.currency !== 'string')
                      next = setDraftValue(next, ['currency'], currencyInText);
                    changeRecordForm(next, { ...form.typed, [f.key]: raw });
                  }}
                />
              ) : (
                <RecordFieldInput
                  key={f.key}
                  list={list}
                  field={f}
                  draft={draft}
                  locale={locale}
                  error={error?.fieldKey === f.key ? error.message : null}
                  onChange={(v) => {
                    if (error?.fieldKey === f.key) setError(null);
                    setDraft(withAmountsReadAgain(setDraftValue(draft, f.path, v), form, locale));
                  }}
                />
              ),
            )}
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
