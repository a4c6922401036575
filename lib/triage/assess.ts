/**
 * The triage engine's entry point. `assess` is pure and deterministic: the same case and clock always give the
 * same Assessment, it never throws on a partial case, and it returns codes only (see ./README.md).
 */
import { URGENCIES } from '../case/codes';
import type { ReferralKind, Urgency } from '../case/codes';
import type { Case } from '../case/schema';
import { INCIDENT_TYPES } from '../questionnaire/options';
import { DEFINITION_VERSION } from '../case/definition-version';
import {
  ACTION_IDS,
  ACTION_TIERS,
  ACTION_VARIANTS,
  ACTIONS,
  NOTE_CODES,
  RIGHT_IDS,
  RULES_VERSION,
  UNC_ARTICLES,
  VARIANT_FACTS,
} from './codes';
import type { ActionId, ActionTier, ActionVariant, BudapestArticle } from './codes';
import { evaluateRuleCondition, runRules } from './evaluate';
import type { FiredRule } from './evaluate';
import { FACT_IDS, FACTS } from './facts/facts';
import { computeFlags } from './flags';
import { PLAYBOOKS } from './playbooks';
import type { Playbook } from './playbooks';
import type { Assessment } from './types';

function idsOf(fired: readonly FiredRule[]): string[] {
  return fired.map((f) => f.rule.id);
}

function urgencyOf(fired: readonly FiredRule[]): Assessment['urgency'] {
  const rank = (u: Urgency) => URGENCIES.indexOf(u);
  let level: Urgency = 'routine';
  for (const f of fired) {
    const u = f.rule.then.urgency;
    if (u && rank(u) < rank(level)) level = u;
  }
  return { level, ruleIds: idsOf(fired.filter((f) => f.rule.then.urgency === level)) };
}

function offencesOf(fired: readonly FiredRule[]): Assessment['offences'] {
  return UNC_ARTICLES.flatMap((article) => {
    const by = fired.filter((f) => f.rule.then.offences?.some((o) => o.article === article));
    if (by.length === 0) return [];
    const equivalents = by.flatMap((f) => f.rule.then.offences ?? []).filter((o) => o.article === article);
    const budapest: BudapestArticle | null = equivalents.find((o) => o.budapest !== null)?.budapest ?? null;
    const found = new Set<string>(by.flatMap((f) => f.facts));
    const facts = FACT_IDS.filter((id) => found.has(id));
    const answerIds = [...new Set(facts.flatMap((id) => FACTS.find((f) => f.id === id)?.from ?? []))];
    return [{ article, budapest, facts, answerIds, ruleIds: idsOf(by) }];
  });
}

/** The variant of a step's words the facts call for, if any. */
function variantOf(id: ActionId, facts: ReadonlySet<string>): ActionVariant | undefined {
  const variants = Object.keys(ACTION_VARIANTS) as ActionVariant[];
  return variants.find(
    (v) => (ACTION_VARIANTS[v] as readonly ActionId[]).includes(id) && facts.has(VARIANT_FACTS[v]),
  );
}

function playbooksOf(facts: ReadonlySet<string>): Playbook[] {
  return PLAYBOOKS.filter((p) => evaluateRuleCondition(p.when, { facts, offences: new Set() }));
}

/**
 * The steps that fired, in plan order: by tier (a playbook may move a step), then by the active playbooks' order,
 * then by the order of ACTIONS (./playbooks.ts explains the merge). A step whose words another shown step already
 * includes (`supersededBy`) is left out, unless the situation calls for a variant of its words (`card`, ...).
 */
function actionsOf(
  c: Case,
  fired: readonly FiredRule[],
  facts: ReadonlySet<string>,
  playbooks: readonly Playbook[],
): Assessment['actions'] {
  const doneAt = new Map(c.checklist.map((entry) => [entry.actionId, entry.doneAt]));
  const firing = ACTIONS.filter((action) =>
    fired.some((f) => f.rule.then.actions?.some((a) => a === action.id)),
  );
  // A step with a variant of its words for this situation says more than the step that would supersede it.
  const shown = firing.filter(
    (action) =>
      variantOf(action.id, facts) !== undefined ||
      !('supersededBy' in action && action.supersededBy.some((id) => firing.some((a) => a.id === id))),
  );
  const playbookOrder: ActionId[] = [...new Set(playbooks.flatMap((p) => p.steps))];
  const tierOf = (id: ActionId, tier: ActionTier): number => {
    const moved = playbooks.find((p) => p.tiers?.[id] !== undefined)?.tiers?.[id];
    return ACTION_TIERS.indexOf(moved ?? tier);
  };
  const rank = (id: ActionId): number => {
    const i = playbookOrder.indexOf(id);
    return i === -1 ? playbookOrder.length : i;
  };
  const key = (a: (typeof ACTIONS)[number]) => [tierOf(a.id, a.tier), rank(a.id), ACTION_IDS.indexOf(a.id)];
  const ordered = [...shown].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
  });
  return ordered.map((action) => {
    const by = fired.filter((f) => f.rule.then.actions?.some((a) => a === action.id));
    const variant = variantOf(action.id, facts);
    return {
      id: action.id,
      deadline: action.deadline,
      doneAt: doneAt.get(action.id) ?? null,
      ruleIds: idsOf(by),
      ...(variant ? { variant } : {}),
    };
  });
}

function referralNeedsOf(actions: Assessment['actions']): Assessment['referralNeeds'] {
  const needs = new Map<ReferralKind, Set<string>>();
  for (const action of actions) {
    const kinds = ACTIONS.find((a) => a.id === action.id)?.referrals ?? [];
    for (const kind of kinds) {
      const ruleIds = needs.get(kind) ?? new Set<string>();
      action.ruleIds.forEach((id) => ruleIds.add(id));
      needs.set(kind, ruleIds);
    }
  }
  return [...needs.entries()].map(([kind, ruleIds]) => ({ kind, ruleIds: [...ruleIds] }));
}

/**
 * Assesses a case: urgency, offences under the UN Convention (with Budapest equivalents), notes, victims' rights,
 * ordered actions with deadline codes, referral needs and flags. `now` is the clock for the time windows.
 */
export function assess(c: Case, opts: { now: Date }): Assessment {
  const { facts, fired } = runRules(c, opts.now);
  const playbooks = playbooksOf(facts);
  const actions = actionsOf(c, fired, facts, playbooks);
  const codesFrom = <T extends string>(
    codes: readonly T[],
    pick: (f: FiredRule) => readonly T[] | undefined,
  ) =>
    codes.flatMap((code) => {
      const by = fired.filter((f) => pick(f)?.includes(code));
      return by.length > 0 ? [{ code, ruleIds: idsOf(by) }] : [];
    });
  return {
    definitionVersion: DEFINITION_VERSION,
    rulesVersion: RULES_VERSION,
    urgency: urgencyOf(fired),
    incidentTypes: INCIDENT_TYPES.filter((t) => facts.has(`incident_${t}`)),
    playbooks: playbooks.map((p) => p.id),
    offences: offencesOf(fired),
    notes: codesFrom(NOTE_CODES, (f) => f.rule.then.notes),
    rights: codesFrom(RIGHT_IDS, (f) => f.rule.then.rights).map(({ code, ruleIds }) => ({
      id: code,
      ruleIds,
    })),
    actions,
    referralNeeds: referralNeedsOf(actions),
    facts: FACT_IDS.filter((id) => facts.has(id)),
    firedRules: idsOf(fired),
    flags: computeFlags(c, facts),
  };
}
