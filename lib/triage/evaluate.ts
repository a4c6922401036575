/**
 * Runs the rules over the derived facts: first the rules that do not read offences, then those that do. Returns
 * each fired rule with the facts that made it fire (for explanations and for the facts behind an offence).
 */
import type { Case } from '../case/schema';
import type { UncArticle } from './codes';
import { deriveFacts, FACT_IDS } from './facts/facts';
import { RULES } from './rules/rules';
import type { FactId, Rule, RuleCondition } from './types';

export type FiredRule = { rule: Rule; facts: FactId[] };
export type RuleRun = { facts: ReadonlySet<string>; fired: FiredRule[] };

type Outcome = { facts: ReadonlySet<string>; offences: ReadonlySet<UncArticle> };

/** Tells whether a rule condition holds. */
export function evaluateRuleCondition(condition: RuleCondition, outcome: Outcome): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateRuleCondition(c, outcome));
  if ('any' in condition) return condition.any.some((c) => evaluateRuleCondition(c, outcome));
  if ('not' in condition) return !evaluateRuleCondition(condition.not, outcome);
  if ('fact' in condition) return outcome.facts.has(condition.fact);
  if (condition.offence === 'any') return outcome.offences.size > 0;
  if (condition.offence === 'none') return outcome.offences.size === 0;
  return outcome.offences.has(condition.offence);
}

/** The facts that made a (true) condition true: true fact leaves, not counting anything under `not`. */
function supportingFacts(condition: RuleCondition, outcome: Outcome, into: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => supportingFacts(c, outcome, into));
  else if ('any' in condition) {
    condition.any
      .filter((c) => evaluateRuleCondition(c, outcome))
      .forEach((c) => supportingFacts(c, outcome, into));
  } else if ('fact' in condition && outcome.facts.has(condition.fact)) into.add(condition.fact);
}

/** Tells whether a condition reads the offences found (so its rule must run in the second pass). */
export function readsOffences(condition: RuleCondition): boolean {
  if ('all' in condition) return condition.all.some(readsOffences);
  if ('any' in condition) return condition.any.some(readsOffences);
  if ('not' in condition) return readsOffences(condition.not);
  return 'offence' in condition;
}

function fire(rules: readonly Rule[], outcome: Outcome): FiredRule[] {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    if (!evaluateRuleCondition(rule.when, outcome)) continue;
    const found = new Set<string>();
    supportingFacts(rule.when, outcome, found);
    fired.push({ rule, facts: FACT_IDS.filter((id) => found.has(id)) });
  }
  return fired;
}

/** Derives the facts and fires the rules, in RULES order. */
export function runRules(c: Case, now: Date): RuleRun {
  const facts = deriveFacts(c, now);
  const first = fire(
    RULES.filter((r) => !readsOffences(r.when)),
    { facts, offences: new Set() },
  );
  const offences = new Set<UncArticle>(
    first.flatMap((f) => (f.rule.then.offences ?? []).map((o) => o.article)),
  );
  const second = fire(
    RULES.filter((r) => readsOffences(r.when)),
    { facts, offences },
  );
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const fired = [...first, ...second].sort(
    (a, b) => (order.get(a.rule.id) ?? 0) - (order.get(b.rule.id) ?? 0),
  );
  return { facts, fired };
}
