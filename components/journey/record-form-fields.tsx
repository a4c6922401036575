'use client';

import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { amountText, numberAt, withAmountsReadAgain } from '@/lib/questionnaire/record-amounts';
import { getDraftValue, setDraftValue } from '@/lib/questionnaire/record-drafts';
import { RECORD_FIELDS, type RecordListId } from '@/lib/questionnaire/records';
import type { RecordForm } from '@/lib/store/session';
import { appStore } from '@/lib/store/use-app-store';

import { AmountField } from './amount-field';
import { RecordFieldInput } from './record-field-input';

/**
 * The fields of an open record form that its answers so far call for: amounts read in the language and currency,
 * every other field as its kind of input. Each change goes to the store's open form, so it is saved as it is typed.
 */
export function RecordFormFields({
  list,
  form,
  locale,
  error,
  onFieldChange,
}: {
  list: RecordListId;
  form: RecordForm;
  locale: Locale;
  error: { fieldKey: string | null; message: string } | null;
  onFieldChange: (fieldKey: string) => void;
}) {
  const { t } = useTranslation(['questionnaire']);
  const { changeRecordForm } = appStore.getState();
  const draft = form.draft;
  const fields = RECORD_FIELDS[list];
  return (
    <>
      {fields
        .filter((f) => !f.showIf || f.showIf.in.includes(String(getDraftValue(draft, [f.showIf.key]))))
        .map((f) =>
          f.input === 'number' ? (
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
                onFieldChange(f.key);
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
                onFieldChange(f.key);
                const next = setDraftValue(draft, f.path, v);
                changeRecordForm(withAmountsReadAgain(list, next, form.typed, locale));
              }}
            />
          ),
        )}
    </>
  );
}
