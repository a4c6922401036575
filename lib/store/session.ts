/**
 * Where the person is in the journey (screen and step), kept next to the case but not part of the case file: it is
 * how the app brings them back to the same place after a reload, an update or a closed tab. The store holds it;
 * lib/persistence/session.ts reads a stored one back.
 */
import type { RecordListId } from '@/lib/questionnaire/records';

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

/** A fresh session, at the start of the journey (its own lists, so nothing is shared between cases). */
export function createEmptySession(): Session {
  return { ...EMPTY_SESSION, urgentSeen: [] };
}
