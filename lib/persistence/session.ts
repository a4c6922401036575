/**
 * Where the person is in the journey (screen and step), kept next to the case but not part of the case file: it is
 * how the app brings them back to the same place after a reload, an update or a closed tab.
 */
import { RECORD_LISTS, type RecordListId } from '@/lib/questionnaire/records';

export const JOURNEY_VIEWS = ['questions', 'review', 'results', 'pack', 'cases'] as const;

export type JourneyView = (typeof JOURNEY_VIEWS)[number];

/** A record form the person has open and not saved yet: kept with the case so a reload does not lose it. */
export type RecordForm = {
  list: RecordListId;
  /** Whether Save adds a new record (or replaces the one with the draft's id). */
  isNew: boolean;
  /** The fields as filled in so far (lib/questionnaire/record-drafts.ts); checked only when saved. */
  draft: Record<string, unknown>;
  /** What was typed in fields that are read rather than kept as typed (an amount), by field key. */
  typed: Record<string, string>;
};

export type Session = {
  view: JourneyView;
  /** The question step on screen, or null before the first one. */
  stepId: string | null;
  /** Urgent-panel keys already shown, so the same panel does not interrupt twice. */
  urgentSeen: string[];
  /** The person came from "check your answers" to change one: Continue takes them back there. */
  returnToReview: boolean;
  recordForm: RecordForm | null;
};

export const EMPTY_SESSION: Session = {
  view: 'questions',
  stepId: null,
  urgentSeen: [],
  returnToReview: false,
  recordForm: null,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreRecordForm(raw: unknown): RecordForm | null {
  if (!isPlainObject(raw) || !isPlainObject(raw.draft) || typeof raw.draft.id !== 'string') return null;
  const list = RECORD_LISTS.find((l) => l === raw.list);
  if (!list) return null;
  const typed = isPlainObject(raw.typed)
    ? Object.fromEntries(
        Object.entries(raw.typed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    : {};
  return { list, isNew: raw.isNew === true, draft: raw.draft, typed };
}

/** Reads a stored session, filling defaults for anything missing or odd. Never throws. */
export function restoreSession(raw: unknown): Session {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_SESSION, urgentSeen: [] };
  const r = raw as Record<string, unknown>;
  const view = (JOURNEY_VIEWS as readonly unknown[]).includes(r.view) ? (r.view as JourneyView) : 'questions';
  const stepId = typeof r.stepId === 'string' && /^[a-z][a-z0-9_]*$/.test(r.stepId) ? r.stepId : null;
  const urgentSeen = Array.isArray(r.urgentSeen)
    ? r.urgentSeen.filter((x): x is string => typeof x === 'string').slice(0, 200)
    : [];
  return {
    view,
    stepId,
    urgentSeen,
    returnToReview: r.returnToReview === true,
    recordForm: restoreRecordForm(r.recordForm),
  };
}
