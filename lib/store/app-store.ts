/**
 * The app's state (zustand): the open case, where the person is in the journey, whether this is a private session,
 * and the save status. Only serialisable source data lives here; everything derived (the journey, the assessment,
 * the referrals) comes from selectors that call the engine. The store never touches storage: persistence subscribes
 * to it (lib/persistence/connect-store.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { AnswerValue, Case } from '@/lib/case/schema';
import type { JourneyView, Session } from '@/lib/persistence/session';
import { setAnswer } from '@/lib/questionnaire/navigation';

import type { SaveStatus } from '@/lib/persistence/autosave';

export type AppState = {
  caseData: Case | null;
  session: Session;
  /** A private session keeps the case in memory only: nothing is written to this device. */
  isPrivate: boolean;
  saveStatus: SaveStatus;
  saveError: string | null;
};

export type AppActions = {
  openCase: (caseData: Case, session: Session, options: { isPrivate: boolean }) => void;
  closeCase: () => void;
  answer: (questionId: string, value: AnswerValue | null, now?: Date) => void;
  /** Changes the case directly (records, the account, the title), stamping updatedAt. */
  updateCase: (change: (c: Case) => Case, now?: Date) => void;
  goToStep: (stepId: string, options?: { returnToReview?: boolean }) => void;
  showView: (view: JourneyView) => void;
  markUrgentSeen: (key: string) => void;
  toggleChecklistItem: (actionId: string, now?: Date) => void;
  setSaveStatus: (status: SaveStatus, error?: string | null) => void;
};

export type AppStore = AppState & AppActions;

const INITIAL: AppState = {
  caseData: null,
  session: { view: 'questions', stepId: null, urgentSeen: [], returnToReview: false },
  isPrivate: false,
  saveStatus: 'idle',
  saveError: null,
};

function stamp(c: Case, now: Date): Case {
  return { ...c, updatedAt: now.toISOString() };
}

/** Makes a store. The app uses one (lib/store/use-app-store.ts); tests make their own. */
export function createAppStore(): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => ({
    ...INITIAL,
    openCase: (caseData, session, { isPrivate }) =>
      set({ caseData, session, isPrivate, saveStatus: isPrivate ? 'idle' : 'saved', saveError: null }),
    closeCase: () => set({ ...INITIAL }),
    answer: (questionId, value, now = new Date()) => {
      const c = get().caseData;
      if (c) set({ caseData: setAnswer(c, questionId, value, now) });
    },
    updateCase: (change, now = new Date()) => {
      const c = get().caseData;
      if (c) set({ caseData: stamp(change(c), now) });
    },
    goToStep: (stepId, options) =>
      set((s) => ({
        session: {
          ...s.session,
          view: 'questions',
          stepId,
          returnToReview: options?.returnToReview ?? false,
        },
      })),
    showView: (view) => set((s) => ({ session: { ...s.session, view, returnToReview: false } })),
    markUrgentSeen: (key) =>
      set((s) =>
        s.session.urgentSeen.includes(key)
          ? s
          : { session: { ...s.session, urgentSeen: [...s.session.urgentSeen, key] } },
      ),
    toggleChecklistItem: (actionId, now = new Date()) => {
      const c = get().caseData;
      if (!c) return;
      const isDone = c.checklist.some((e) => e.actionId === actionId);
      const checklist = isDone
        ? c.checklist.filter((e) => e.actionId !== actionId)
        : [...c.checklist, { actionId, doneAt: now.toISOString() }];
      set({ caseData: stamp({ ...c, checklist }, now) });
    },
    setSaveStatus: (saveStatus, error = null) => set({ saveStatus, saveError: error }),
  }));
}
