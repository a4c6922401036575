/**
 * Migrations of case files from older schema versions to the current one. Each step takes the plain JSON object of
 * version n and returns the object of version n + 1; validation happens afterwards, on the result of the last step.
 * Never edit a published step: add a new one and bump CASE_SCHEMA_VERSION.
 */
import { CASE_SCHEMA_VERSION } from './schema';

/** A plain JSON object read from a case file. */
export type RawCase = Record<string, unknown>;

type MigrationStep = { from: number; migrate: (raw: RawCase) => RawCase };

/**
 * Version 1 was the first draft of the model (issue 3 as first written): it had no `ownContacts`, `checklist`,
 * `title`, `language` or `definitionVersion`, and payments had no `recipientCountry`. Version 2 adds them.
 */
function migrateV1ToV2(raw: RawCase): RawCase {
  const payments = Array.isArray(raw.payments)
    ? raw.payments.map((p: unknown) => (isRawObject(p) ? { recipientCountry: null, ...p } : p))
    : raw.payments;
  return {
    definitionVersion: 1,
    ownContacts: [],
    checklist: [],
    ...raw,
    payments,
    schemaVersion: 2,
  };
}

/**
 * Version 3 adds `answeredAt` (when each answer was given). Version 2 files did not record it: the engine then reads
 * time-bound answers as of `updatedAt`, as version 2 did.
 */
function migrateV2ToV3(raw: RawCase): RawCase {
  return { answeredAt: {}, ...raw, schemaVersion: 3 };
}

/**
 * Version 4 asks "who is filling this in?" in full: the person harmed, a parent or carer of a child, someone helping
 * another adult, or someone acting for an organisation. Before, `helper` also covered parents: a helper who said the
 * child is their own child or family is a parent or carer now. Every other answer stays as it was.
 */
function migrateV3ToV4(raw: RawCase): RawCase {
  const answers = isRawObject(raw.answers) ? raw.answers : {};
  const isParent =
    raw.respondent === 'helper' &&
    raw.ageGroup === 'under_18' &&
    answers.child_relationship === 'my_child_or_family';
  return { ...raw, ...(isParent ? { respondent: 'parent_or_carer' } : {}), schemaVersion: 4 };
}

/**
 * Version 5 follows referrals through (issue 14, point 2): `followUps` (where each referral stands), `followUpOn` (the
 * case's next follow-up day) and `closedOn`. Older files followed nothing: the list starts empty and the case is open,
 * with no follow-up day. Reports already made still count as filed without a follow-up record (lib/case/follow-up.ts).
 */
function migrateV4ToV5(raw: RawCase): RawCase {
  return { followUps: [], followUpOn: null, closedOn: null, ...raw, schemaVersion: 5 };
}

const STEPS: readonly MigrationStep[] = [
  { from: 1, migrate: migrateV1ToV2 },
  { from: 2, migrate: migrateV2ToV3 },
  { from: 3, migrate: migrateV3ToV4 },
  { from: 4, migrate: migrateV4ToV5 },
];

/** The oldest schema version that can still be read. */
export const OLDEST_READABLE_VERSION = 1;

/** Tells whether a value is a plain JSON object (not an array, not null). */
export function isRawObject(value: unknown): value is RawCase {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a raw case object of an older version up to CASE_SCHEMA_VERSION, step by step. The caller has checked that
 * `version` is between OLDEST_READABLE_VERSION and CASE_SCHEMA_VERSION.
 */
export function migrateRawCase(raw: RawCase, version: number): RawCase {
  let current = raw;
  for (let v = version; v < CASE_SCHEMA_VERSION; v += 1) {
    const step = STEPS.find((s) => s.from === v);
    if (step) current = step.migrate(current);
  }
  return current;
}
