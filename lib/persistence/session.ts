/**
 * Where the person is in the journey (screen and step), kept next to the case but not part of the case file: it is
 * how the app brings them back to the same place after a reload, an update or a closed tab.
 */
export const JOURNEY_VIEWS = ['questions', 'review', 'results', 'pack', 'cases'] as const;

export type JourneyView = (typeof JOURNEY_VIEWS)[number];

export type Session = {
  view: JourneyView;
  /** The question step on screen, or null before the first one. */
  stepId: string | null;
  /** Urgent-panel keys already shown, so the same panel does not interrupt twice. */
  urgentSeen: string[];
  /** The person came from "check your answers" to change one: Continue takes them back there. */
  returnToReview: boolean;
};

export const EMPTY_SESSION: Session = {
  view: 'questions',
  stepId: null,
  urgentSeen: [],
  returnToReview: false,
};

/** Reads a stored session, filling defaults for anything missing or odd. Never throws. */
export function restoreSession(raw: unknown): Session {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_SESSION, urgentSeen: [] };
  const r = raw as Record<string, unknown>;
  const view = (JOURNEY_VIEWS as readonly unknown[]).includes(r.view) ? (r.view as JourneyView) : 'questions';
  const stepId = typeof r.stepId === 'string' && /^[a-z][a-z0-9_]*$/.test(r.stepId) ? r.stepId : null;
  const urgentSeen = Array.isArray(r.urgentSeen)
    ? r.urgentSeen.filter((x): x is string => typeof x === 'string').slice(0, 200)
    : [];
  return { view, stepId, urgentSeen, returnToReview: r.returnToReview === true };
}
