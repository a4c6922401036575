import { caseOfScenario } from '../lib/triage-evaluation/evaluate';
import { loadScenarios } from '../lib/triage-evaluation/load';
import { assess } from '../lib/triage/assess';
import { selectReferrals } from '../lib/referrals/select';
for (const s of loadScenarios('lib/triage-evaluation')) {
  if (!process.argv.slice(2).some((i) => s.id.includes(i))) continue;
  const c = caseOfScenario(s);
  const a = assess(c, { now: new Date('2026-12-02T12:00:00Z') });
  const sel = selectReferrals(a, c);
  console.log(s.id, JSON.stringify(sel.referrals.map((r) => [r.kind, r.source === 'own' ? 'own' : r.entry.id, r.source])), JSON.stringify((sel as unknown as {notices?: unknown}).notices ?? ''));
}
