// No name, contact, identifier, free text, note or exact date can reach the figures (issue 14, point 6): random cases
// (fixed seed) have every such field filled with a marker, and neither the figures nor the CSV may hold it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CaseSchema } from '../case/schema';
import type { Case } from '../case/schema';
import { getAllQuestions } from '../questionnaire/definition';
import { caseArbitrary } from '../questionnaire/testing/arbitraries';
import { computeFigures } from './compute';
import { figuresToCsv } from './csv';
import { projectCase } from './project';
import { englishWords } from './testing/words';

const MARKER = 'ZQXMARK';
const NOW = new Date('2026-03-10T12:00:00Z');
const FREE_TEXT = getAllQuestions()
  .filter((q) => q.kind === 'free_text')
  .map((q) => q.id);

/** Fills every field outside the allow-list with the marker (each one numbered, so each is unique). */
function marked(c: Case): Case {
  let n = 0;
  const mark = () => `${MARKER}${(n += 1)}`;
  const answers: Case['answers'] = { ...c.answers, a_volunteer_note: mark() };
  for (const id of FREE_TEXT) answers[id] = mark();
  return {
    ...c,
    title: mark(),
    account: `${mark()} in the person's own words`,
    answers,
    payments: c.payments.map((p, i) => ({
      ...p,
      // A currency code that is no currency: it must arrive as `other`, never as itself.
      currency: i === 0 ? `${MARKER}` : p.currency,
      ownBank: mark(),
      recipient: { name: mark(), bank: mark(), account: mark(), walletAddress: mark(), exchange: mark() },
      transactionHash: mark(),
      reference: mark(),
      notes: mark(),
    })),
    identifiers: c.identifiers.map((x) => ({ ...x, value: mark(), platform: mark(), notes: mark() })),
    evidence: c.evidence.map((e) => ({ ...e, description: mark(), fileName: mark() })),
    reportsMade: c.reportsMade.map((r) => ({ ...r, organisation: mark(), reference: mark(), notes: mark() })),
    followUps: c.followUps.map((f) => ({
      ...f,
      targetId: `t${mark()}`.slice(0, 64),
      reference: mark(),
      notes: mark(),
    })),
    ownContacts: c.ownContacts.map((o) => ({
      ...o,
      name: mark(),
      phone: mark(),
      url: mark(),
      notes: mark(),
    })),
  };
}

// Every exact date or month the case holds, as written (YYYY-MM-DD and YYYY-MM).
function datesIn(c: Case): string[] {
  return [...JSON.stringify(c).matchAll(/\d{4}-\d{2}(-\d{2})?/g)].map((m) => m[0]);
}

describe('what reaches the figures', () => {
  it('projects a case to the allow-listed fields and nothing else', () => {
    const [c] = fc.sample(caseArbitrary(), { numRuns: 1, seed: 14 });
    expect(Object.keys(projectCase(c!, NOW)).sort()).toEqual([
      'articles',
      'country',
      'firstContactMonth',
      'firstReportMonth',
      'incidentTypes',
      'losses',
      'openedMonth',
      'referralStatus',
      'reportKinds',
      'urgency',
    ]);
  });

  it('never carries a name, contact, identifier, free text, note, id or exact date', () => {
    fc.assert(
      fc.property(fc.array(caseArbitrary({ maxRecords: 3 }), { minLength: 1, maxLength: 8 }), (raw) => {
        const cases = raw.map(marked);
        // The marked cases are still valid case files.
        for (const c of cases) expect(CaseSchema.safeParse(c).success).toBe(true);
        const figures = computeFigures(cases, NOW);
        const json = JSON.stringify(figures);
        const csv = figuresToCsv(figures, englishWords);
        for (const out of [json, csv]) {
          expect(out).not.toContain(MARKER);
          expect(out).not.toMatch(/\d{4}-\d{2}/);
          for (const c of cases) expect(out).not.toContain(c.id);
        }
        // The dates were there to leak.
        expect(cases.flatMap(datesIn).length).toBeGreaterThan(0);
      }),
      { seed: 1414, numRuns: 60 },
    );
  });
});
