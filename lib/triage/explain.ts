/**
 * Explains an assessment in plain English for volunteers and reviewers (`npm run triage -- --explain`): which
 * rules fired, the facts that made them fire (and the answers those facts read), what each concluded, and where the
 * rule comes from. English only: the app itself shows codes translated through the locales.
 */
import type { Case } from '../case/schema';
import { assess } from './assess';
import { runRules } from './evaluate';
import { FACTS } from './facts/facts';
import type { Rule } from './types';

function describeFact(id: string): string {
  const fact = FACTS.find((f) => f.id === id);
  if (!fact) return id;
  return fact.from.length > 0
    ? `${fact.describe} [${id}, from ${fact.from.join(', ')}]`
    : `${fact.describe} [${id}]`;
}

function describeEffect(rule: Rule): string {
  const parts: string[] = [];
  const { urgency, offences, notes, rights, actions } = rule.then;
  if (urgency) parts.push(`urgency ${urgency}`);
  if (offences)
    parts.push(
      `offence ${offences.map((o) => `${o.article} (Budapest: ${o.budapest ?? 'none'})`).join(', ')}`,
    );
  if (notes) parts.push(`note ${notes.join(', ')}`);
  if (rights) parts.push(`right ${rights.join(', ')}`);
  if (actions) parts.push(`action ${actions.join(', ')}`);
  return parts.join('; ');
}

function whyFired(rule: Rule, facts: readonly string[]): string {
  const readsOffences = JSON.stringify(rule.when).includes('"offence"');
  const reasons = facts.map(describeFact);
  if (readsOffences) reasons.push('based on the offences found above');
  return reasons.length > 0 ? reasons.join('; ') : 'always applies';
}

/** Explains, in English, which rules fired for a case and why. */
export function explainAssessment(c: Case, opts: { now: Date }): string {
  const result = assess(c, opts);
  const { fired } = runRules(c, opts.now);
  const lines: string[] = [
    `Case ${c.id}${c.title ? ` (${c.title})` : ''}, assessed at ${Number.isNaN(opts.now.getTime()) ? 'an invalid time' : opts.now.toISOString()}`,
    `Urgency: ${result.urgency.level}, set by ${result.urgency.ruleIds.join(', ')}`,
    `What happened: ${result.incidentTypes.length > 0 ? result.incidentTypes.join(', ') : 'not said'}`,
    `Offences: ${result.offences.length > 0 ? result.offences.map((o) => o.article).join(', ') : 'none identified'}`,
    '',
    `Rules that fired (${fired.length}):`,
  ];
  for (const { rule, facts } of fired) {
    lines.push(`- ${rule.id}`);
    lines.push(`    because: ${whyFired(rule, facts)}`);
    lines.push(`    concludes: ${describeEffect(rule)}`);
    lines.push(`    source: ${rule.source}`);
  }
  lines.push(
    '',
    `Actions, in order: ${result.actions.map((a) => (a.deadline ? `${a.id} (${a.deadline})` : a.id)).join(', ')}`,
  );
  lines.push(`Help needed: ${result.referralNeeds.map((r) => r.kind).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
