import { describe, expect, it } from 'vitest';

import { RECORD_FIELDS, RECORD_LISTS, RECORD_OPTIONS } from './records';
import { checkDraft, createDraft, getDraftValue, inputToValue, setDraftValue } from './record-drafts';
import { recordVariants, sampleRecord } from './testing/record-samples';

describe('record drafts', () => {
  it.each(RECORD_LISTS)('keeps every field of a %s record exactly as typed', (list) => {
    for (const choices of recordVariants(list)) {
      const samples = sampleRecord(list, choices, 'u');
      let draft = createDraft(list, 'r1');
      for (const { field, stored } of samples) draft = setDraftValue(draft, field.path, stored);
      const checked = checkDraft(list, draft);
      if (!checked.ok) throw new Error(`${list}: ${String(checked.fieldKey)} ${checked.code}`);
      for (const { field, stored } of samples) expect(getDraftValue(checked.record, field.path)).toBe(stored);
    }
  });

  it.each(RECORD_LISTS)('saves a %s record with only its required fields filled in', (list) => {
    let draft = createDraft(list, 'r1');
    for (const field of RECORD_FIELDS[list].filter((f) => f.required && f.input !== 'choice'))
      draft = setDraftValue(draft, field.path, 'x');
    expect(checkDraft(list, draft).ok).toBe(true);
  });

  it.each(RECORD_LISTS)('leaves blank optional %s fields out, so each takes its default', (list) => {
    let draft = createDraft(list, 'r1');
    for (const field of RECORD_FIELDS[list]) {
      if (field.required && field.input !== 'choice') draft = setDraftValue(draft, field.path, 'x');
      else if (!field.required && field.input !== 'computed') draft = setDraftValue(draft, field.path, '   ');
    }
    expect(checkDraft(list, draft).ok).toBe(true);
  });

  it.each(RECORD_LISTS)('saves a %s record with every option of every choice', (list) => {
    for (const field of RECORD_FIELDS[list].filter((f) => f.input === 'choice' && f.options)) {
      for (const option of field.options ? RECORD_OPTIONS[field.options] : []) {
        let draft = setDraftValue(createDraft(list, 'r1'), field.path, option);
        for (const required of RECORD_FIELDS[list].filter((f) => f.required && f.input !== 'choice'))
          draft = setDraftValue(draft, required.path, 'x');
        const checked = checkDraft(list, draft);
        expect(checked.ok, `${list}.${field.key} = ${option}`).toBe(true);
      }
    }
  });

  it('keeps text exactly, spaces included, and currencies in capitals', () => {
    const notes = RECORD_FIELDS.payments.find((f) => f.key === 'notes');
    const currency = RECORD_FIELDS.payments.find((f) => f.key === 'currency');
    if (!notes || !currency) throw new Error('fields missing');
    expect(inputToValue(notes, '  two  spaces ')).toBe('  two  spaces ');
    expect(inputToValue(currency, ' brl')).toBe('BRL');
    expect(inputToValue(currency, '')).toBeUndefined();
  });

  it('names the field that is wrong, with a problem code', () => {
    const draft = setDraftValue(createDraft('payments', 'p1'), ['amount'], 'lots');
    expect(checkDraft('payments', draft)).toEqual({
      ok: false,
      fieldKey: 'amount',
      code: 'expected_number',
      values: {},
    });
    expect(checkDraft('identifiers', createDraft('identifiers', 'i1'))).toMatchObject({
      ok: false,
      fieldKey: 'value',
      code: 'missing',
    });
    const blank = setDraftValue(createDraft('own_contacts', 'c1'), ['name'], '');
    expect(checkDraft('own_contacts', blank)).toMatchObject({ ok: false, fieldKey: 'name', code: 'empty' });
  });
});
