import { describe, expect, it } from 'vitest';

import { createEmptyCase, formatPath, parseCaseFile, serializeCaseFile } from './case-file';
import { isRawObject } from './migrations';
import { CASE_SCHEMA_VERSION } from './schema';

const ID = '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f';
const NOW = new Date('2026-03-01T10:00:00.000Z');

function validFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const parsed: unknown = JSON.parse(serializeCaseFile(createEmptyCase({ id: ID, now: NOW })));
  if (!isRawObject(parsed)) throw new Error('an empty case should serialize to an object');
  return { ...parsed, ...overrides };
}

function errorOf(input: unknown): { path: string; code: string; values: object } {
  const result = parseCaseFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('case files', () => {
  it('reads back an empty case exactly as it was written', () => {
    const empty = createEmptyCase({ id: ID, now: NOW });
    const result = parseCaseFile(serializeCaseFile(empty));
    expect(result).toEqual({ ok: true, case: empty });
  });

  it('fills in the defaults a hand-written minimal file leaves out', () => {
    const result = parseCaseFile({
      schemaVersion: CASE_SCHEMA_VERSION,
      id: ID,
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      payments: [{ id: 'p1', amount: 800, currency: 'EUR', method: 'instant_payment', scheme: 'bizum' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.case.answers).toEqual({});
    expect(result.case.payments[0]?.recipient).toEqual({
      name: null,
      bank: null,
      account: null,
      walletAddress: null,
      exchange: null,
    });
    expect(result.case.payments[0]?.paidAt).toBeNull();
  });

  it('names the field when an amount is not a number', () => {
    const file = validFile({
      payments: [
        { id: 'a', amount: 1 },
        { id: 'b', amount: 2 },
        { id: 'c', amount: 'lots' },
      ],
    });
    expect(errorOf(file)).toEqual({ path: 'payments[2].amount', code: 'expected_number', values: {} });
  });

  it('says a required field is missing rather than that it has the wrong type', () => {
    const file = validFile();
    delete file.id;
    expect(errorOf(file)).toMatchObject({ path: 'id', code: 'missing' });
  });

  it('refuses text that is not JSON with a plain message', () => {
    expect(errorOf('{ not json')).toEqual({ path: '', code: 'not_json', values: {} });
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const result = parseCaseFile(`\uFEFF${serializeCaseFile(createEmptyCase({ id: ID, now: NOW }))}`);
    expect(result.ok).toBe(true);
  });

  it('refuses a JSON array, a number and null', () => {
    for (const input of ['[]', '42', 'null', [], 42, null]) {
      expect(errorOf(input).code).toBe('not_an_object');
    }
  });

  it('refuses a file from a newer version of the app, saying so', () => {
    const error = errorOf(validFile({ schemaVersion: CASE_SCHEMA_VERSION + 1 }));
    expect(error.path).toBe('schemaVersion');
    expect(error).toMatchObject({ code: 'newer_version', values: { version: CASE_SCHEMA_VERSION + 1 } });
  });

  it('refuses a file without schemaVersion', () => {
    const file = validFile();
    delete file.schemaVersion;
    expect(errorOf(file)).toEqual({ path: 'schemaVersion', code: 'no_version', values: {} });
  });

  it('lists the allowed values when a payment method is unknown', () => {
    const error = errorOf(validFile({ payments: [{ id: 'p', method: 'cheque' }] }));
    expect(error.path).toBe('payments[0].method');
    expect(error.code).toBe('not_an_option');
  });

  it('names an unknown field instead of silently dropping it', () => {
    expect(errorOf(validFile({ secretNotes: 'x' }))).toEqual({
      path: 'secretNotes',
      code: 'unknown_field',
      values: {},
    });
  });

  it('refuses an answer id that is not a snake_case id', () => {
    expect(errorOf(validFile({ answers: { 'Money Sent': 'yes' } })).path).toBe('answers["Money Sent"]');
  });

  it('refuses two payments with the same id', () => {
    const error = errorOf(validFile({ payments: [{ id: 'p' }, { id: 'p' }] }));
    expect(error).toEqual({ path: 'payments[1].id', code: 'duplicate_id', values: {} });
  });

  it('refuses a badly formed SHA-256 and explains the expected form', () => {
    const error = errorOf(validFile({ evidence: [{ id: 'e', kind: 'screenshot', sha256: 'ABC' }] }));
    expect(error).toMatchObject({ path: 'evidence[0].sha256', code: 'bad_sha256' });
  });

  it('refuses an impossible payment date', () => {
    expect(errorOf(validFile({ payments: [{ id: 'p', paidAt: '2026-13-40' }] })).path).toBe(
      'payments[0].paidAt',
    );
  });

  it('migrates a version 1 file and says it did', () => {
    const v1 = validFile({ schemaVersion: 1, payments: [{ id: 'p', amount: 10 }] });
    delete v1.ownContacts;
    delete v1.checklist;
    delete v1.definitionVersion;
    const result = parseCaseFile(JSON.stringify(v1));
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    expect(result.case.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(result.case.ownContacts).toEqual([]);
    expect(result.case.payments[0]?.recipientCountry).toBeNull();
  });

  it('migrates a version 3 helper of their own child to a parent or carer, and leaves other helpers as they were', () => {
    const parent = validFile({
      schemaVersion: 3,
      respondent: 'helper',
      ageGroup: 'under_18',
      answers: { child_relationship: 'my_child_or_family' },
    });
    const parsed = parseCaseFile(JSON.stringify(parent));
    expect(parsed.ok && parsed.migratedFrom).toBe(3);
    expect(parsed.ok && parsed.case.respondent).toBe('parent_or_carer');
    expect(parsed.ok && parsed.case.answers.child_relationship).toBe('my_child_or_family');
    for (const other of [
      { respondent: 'helper', ageGroup: 'age_60_plus' },
      { respondent: 'helper', ageGroup: 'under_18', answers: { child_relationship: 'child_i_know' } },
      { respondent: 'person_harmed', ageGroup: 'under_18' },
    ]) {
      const result = parseCaseFile(JSON.stringify(validFile({ schemaVersion: 3, ...other })));
      expect(result.ok && result.case.respondent).toBe(other.respondent);
    }
  });

  it('migrates a version 4 file to follow referrals: nothing followed yet, open, no follow-up day', () => {
    const v4 = validFile({
      schemaVersion: 4,
      reportsMade: [{ id: 'r1', kind: 'police_cybercrime_report', reference: 'DEN-1' }],
    });
    delete v4.followUps;
    delete v4.followUpOn;
    delete v4.closedOn;
    const result = parseCaseFile(JSON.stringify(v4));
    expect(result.ok && result.migratedFrom).toBe(4);
    if (!result.ok) return;
    expect(result.case.schemaVersion).toBe(5);
    expect(result.case).toMatchObject({ followUps: [], followUpOn: null, closedOn: null });
    expect(result.case.reportsMade[0]?.reference).toBe('DEN-1');
  });

  it('refuses a version 4 file that already holds a field of version 5', () => {
    // Version 4 had no follow-ups, so a v4 file with a wrong one is refused by the v5 schema, not dropped silently.
    const v4 = validFile({ schemaVersion: 4, followUpOn: 'next week' });
    expect(errorOf(v4).path).toBe('followUpOn');
  });

  it('reads a followed referral back, and refuses the same referral followed twice', () => {
    const followUp = {
      source: 'directory',
      targetId: 'es_policia_nacional',
      kind: 'police_cybercrime_report',
      status: 'report_filed',
      reportFiledOn: '2026-03-02',
      reference: 'ATT-77',
      notes: 'Asked for a copy by e-mail',
    };
    const result = parseCaseFile(validFile({ followUps: [followUp], followUpOn: '2026-03-09' }));
    expect(result.ok && result.case.followUps[0]).toEqual({
      ...followUp,
      contactedOn: null,
      acknowledgedOn: null,
      closedOn: null,
    });
    expect(errorOf(validFile({ followUps: [followUp, { ...followUp, status: 'closed' }] }))).toMatchObject({
      path: 'followUps[1].targetId',
    });
    expect(errorOf(validFile({ followUps: [{ ...followUp, status: 'lost' }] })).path).toBe(
      'followUps[0].status',
    );
  });

  it('does not report a migration for a current file', () => {
    const result = parseCaseFile(validFile());
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });

  it('never throws, even on a value whose getter throws', () => {
    const hostile = {
      schemaVersion: CASE_SCHEMA_VERSION,
      get id(): string {
        throw new Error('boom');
      },
    };
    expect(parseCaseFile(hostile).ok).toBe(false);
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['payments', 2, 'recipient', 'account'])).toBe('payments[2].recipient.account');
    expect(formatPath([])).toBe('');
  });
});

describe('dates in case files', () => {
  it('refuses 31 February', () => {
    const file = { ...validFile(), payments: [{ id: 'p', paidAt: '2026-02-31' }] };
    expect(errorOf(file)).toMatchObject({ path: 'payments[0].paidAt', code: 'not_a_real_date' });
  });

  it('accepts a date, a local date and time, and a date and time with a zone', () => {
    for (const paidAt of [
      '2026-02-28',
      '2026-02-28T23:59',
      '2026-02-28T23:59:59.5Z',
      '2026-02-28T08:00-03:00',
    ]) {
      expect(parseCaseFile({ ...validFile(), payments: [{ id: 'p', paidAt }] }).ok).toBe(true);
    }
  });
});
