import { evaluateScenario, caseOfScenario } from '../lib/triage-evaluation/evaluate';
import { loadScenarios } from '../lib/triage-evaluation/load';
import { assess } from '../lib/triage/assess';
const ids = process.argv.slice(2);
for (const s of loadScenarios('lib/triage-evaluation')) {
  if (!ids.some((i) => s.id.includes(i))) continue;
  const r = evaluateScenario(s);
  console.log('##', s.id, JSON.stringify(s.answers), s.records ? JSON.stringify(s.records) : '');
  console.log('  missing:', JSON.stringify(s.missingFacts));
  console.log('  expect:', JSON.stringify(s.expect));
  const a = assess(caseOfScenario(s), { now: new Date('2026-12-02T12:00:00Z') });
  console.log('  actions:', a.actions.map((x) => x.id).join(', '));
  console.log('  facts:', JSON.stringify((a as unknown as { facts: unknown }).facts));
  console.log('  fails:', r.failures.join('; '));
}
