import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseCaseFile } from '../case/case-file';
import { assess } from './assess';

const DIR = path.resolve(import.meta.dirname, '../../examples');
const NOW = new Date('2026-03-04T15:00:00Z');

/** What each example must show, assessed on 4 March 2026 at 15:00 UTC. */
const EXPECTED: Record<string, { urgency: string; offences: string[]; firstAction: string }> = {
  // Laundering (Art. 17) is not an offence against the person used to move money (issue #10).
  'ar-money-mule-job.json': { urgency: 'urgent', offences: [], firstAction: 'get_legal_help_first' },
  'au-crypto-investment.json': {
    urgency: 'soon',
    // Remote access allowed for one session and removed, no account entered: not shown to be illegal access.
    offences: ['unc_13'],
    firstAction: 'contact_crypto_exchange',
  },
  'br-pix-fake-bank-call.json': {
    urgency: 'soon',
    offences: ['unc_11', 'unc_13'],
    firstAction: 'request_pix_med',
  },
  'ca-fund-recovery.json': {
    urgency: 'urgent',
    offences: ['unc_13'],
    firstAction: 'contact_money_transfer_service',
  },
  'cl-ransomware-small-business.json': {
    urgency: 'urgent',
    offences: ['unc_7', 'unc_9', 'unc_10'],
    firstAction: 'isolate_affected_systems',
  },
  'es-hi-mum-bizum.json': { urgency: 'urgent', offences: ['unc_13'], firstAction: 'call_bank_now' },
  'gb-account-takeover.json': {
    urgency: 'urgent',
    offences: ['unc_7', 'unc_11'],
    firstAction: 'secure_accounts',
  },
  'mx-sextortion-minor.json': {
    urgency: 'emergency',
    offences: ['unc_14', 'unc_15'],
    firstAction: 'protect_child_now',
  },
  'pt-mbway-phishing.json': {
    urgency: 'urgent',
    offences: ['unc_11', 'unc_13'],
    firstAction: 'call_bank_now',
  },
  'us-romance-scam-international-wire.json': {
    urgency: 'urgent',
    offences: ['unc_13'],
    firstAction: 'call_bank_now',
  },
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('example case files', () => {
  it('has at least 8 examples, in at least three languages and six countries', () => {
    const cases = files.map((f) => parseCaseFile(readFileSync(path.join(DIR, f), 'utf8')));
    const ok = cases.flatMap((r) => (r.ok ? [r.case] : []));
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ok.map((c) => c.language)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(ok.map((c) => c.country)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(ok.map((c) => c.id)).size).toBe(files.length);
  });

  it.each(files)('%s is a valid case file with the expected assessment', (file) => {
    const result = parseCaseFile(readFileSync(path.join(DIR, file), 'utf8'));
    if (!result.ok) throw new Error(`${result.error.path}: ${result.error.code}`);
    expect(result.migratedFrom).toBeUndefined();
    const want = EXPECTED[file];
    expect(want, `add ${file} to EXPECTED`).toBeDefined();
    const assessment = assess(result.case, { now: NOW });
    expect(assessment.urgency.level).toBe(want?.urgency);
    expect(assessment.offences.map((o) => o.article)).toEqual(want?.offences);
    expect(assessment.actions[0]?.id).toBe(want?.firstAction);
  });
});
