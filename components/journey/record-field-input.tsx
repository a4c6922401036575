'use client';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { getDraftValue, inputToValue, type Draft } from '@/lib/questionnaire/record-drafts';
import { RECORD_OPTIONS, type RecordField, type RecordListId } from '@/lib/questionnaire/records';

import { useCountryOptions } from './use-country-options';

/** One field of a record's form (not amounts: ./amount-field.tsx), with its label and its problem if any. */
export function RecordFieldInput({
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
