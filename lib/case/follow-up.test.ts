// Following referrals through (issue 14, point 2): statuses, the case's status and the follow-up day.
import { describe, expect, it } from 'vitest';

import { createEmptyCase } from './case-file';
import {
  caseStatusOf,
  changeFollowUp,
  followUpDue,
  followUpOf,
  furthestReferralStatus,
  localDay,
} from './follow-up';
import type { FollowUpTarget } from './follow-up';
import type { Case } from './schema';

const empty = createEmptyCase({
  id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
  now: new Date('2026-03-01T10:00:00Z'),
});
const POLICE: FollowUpTarget = {
  source: 'directory',
  targetId: 'es_policia_nacional',
  kind: 'police_cybercrime_report',
};
const withReport: Case = {
  ...empty,
  reportsMade: [
    {
      id: 'r1',
      kind: 'bank_or_payment_provider',
      organisation: 'Banco',
      date: '2026-02-27T09:30',
      reference: 'INC-9',
      notes: null,
    },
  ],
};
const REPORT: FollowUpTarget = { source: 'report_made', targetId: 'r1', kind: 'bank_or_payment_provider' };

describe('a referral’s follow-up', () => {
  it('starts as not contacted for a recommended organisation', () => {
    expect(followUpOf(empty, POLICE)).toMatchObject({
      status: 'not_contacted',
      reference: null,
      notes: null,
    });
  });

  it('counts a report the person already made as filed, on its day, with its reference', () => {
    expect(followUpOf(withReport, REPORT)).toMatchObject({
      status: 'report_filed',
      reportFiledOn: '2026-02-27',
      reference: 'INC-9',
    });
  });

  it('dates a new status today unless a date is already there, and keeps one record per referral', () => {
    const contacted = changeFollowUp(empty, POLICE, { status: 'contacted' }, '2026-03-02');
    const filed = changeFollowUp(
      contacted,
      POLICE,
      { status: 'report_filed', reportFiledOn: '2026-03-01' },
      '2026-03-03',
    );
    const noted = changeFollowUp(
      filed,
      POLICE,
      { reference: 'ATT-1', notes: 'Call back Monday' },
      '2026-03-04',
    );
    expect(noted.followUps).toEqual([
      {
        ...POLICE,
        status: 'report_filed',
        contactedOn: '2026-03-02',
        reportFiledOn: '2026-03-01',
        acknowledgedOn: null,
        closedOn: null,
        reference: 'ATT-1',
        notes: 'Call back Monday',
      },
    ]);
  });
});

describe('where a case stands', () => {
  it('is new when nothing is told, then in progress, referred, and closed', () => {
    expect(caseStatusOf(empty)).toBe('new');
    const told = { ...empty, answers: { money_sent: 'yes' } };
    expect(caseStatusOf(told)).toBe('in_progress');
    // Recording an organisation as not contacted yet does not make a referral.
    expect(caseStatusOf(changeFollowUp(told, POLICE, { notes: 'try tomorrow' }, '2026-03-02'))).toBe(
      'in_progress',
    );
    expect(caseStatusOf(changeFollowUp(told, POLICE, { status: 'contacted' }, '2026-03-02'))).toBe(
      'referred',
    );
    expect(caseStatusOf(withReport)).toBe('referred');
    expect(caseStatusOf({ ...withReport, closedOn: '2026-03-05' })).toBe('closed');
  });

  it('takes the furthest status any referral reached, reports already made included', () => {
    expect(furthestReferralStatus(empty)).toBe('not_contacted');
    expect(furthestReferralStatus(withReport)).toBe('report_filed');
    const acknowledged = changeFollowUp(withReport, POLICE, { status: 'acknowledged' }, '2026-03-03');
    expect(furthestReferralStatus(acknowledged)).toBe('acknowledged');
    // The follow-up of a report since removed no longer counts.
    const closedReport = changeFollowUp(withReport, REPORT, { status: 'closed' }, '2026-03-03');
    expect(furthestReferralStatus({ ...closedReport, reportsMade: [] })).toBe('not_contacted');
  });
});

describe('the follow-up day', () => {
  it('is overdue before today, due today, and later after', () => {
    expect(followUpDue('2026-03-01', '2026-03-02')).toBe('overdue');
    expect(followUpDue('2026-03-02T18:00', '2026-03-02')).toBe('today');
    expect(followUpDue('2026-03-03', '2026-03-02')).toBe('later');
    expect(followUpDue(null, '2026-03-02')).toBe('none');
  });

  it('reads today as the person’s own calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
