/**
 * Reads a stored journey session (lib/store/session.ts) back, filling defaults for anything missing or odd.
 */
import { RECORD_LISTS } from '@/lib/questionnaire/records';
import {
  createEmptySession,
  JOURNEY_VIEWS,
  type JourneyView,
  type RecordForm,
  type Session,
} from '@/lib/store/session';

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
  if (typeof raw !== 'object' || raw === null) return createEmptySession();
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
