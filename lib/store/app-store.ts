/**
 * The app's state (zustand): the open case, where the person is in the journey, whether this is a private session,
 * and the save status. Only serialisable source data lives here; everything derived (the journey, the assessment,
 * the referrals) comes from selectors that call the engine. The store never touches storage: persistence subscribes
 * to it (lib/persistence/connect-store.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { AnswerValue, Case } from '@/lib/case/schema';
import { getQuestion } from '@/lib/questionnaire/definition';
import { setAnswer } from '@/lib/questionnaire/navigation';

import { EMPTY_SESSION, type JourneyView, type RecordForm, type Session } from './session';

/** Where the latest change is in being saved (lib/persistence/autosave.ts reports it). */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export type AppState = {
  caseData: Case | null;
  session: Session;
  /** A private session keeps the case in memory only: nothing is written to this device. */
  isPrivate: boolean;
  saveStatus: SaveStatus;
  saveError: string | null;
  /** How soon the latest change must be saved: a choice or a move at once, typing after a short pause. */
  saveHint: SaveHint;
  /** Why no case is open, when it was closed for the person rather than by them. */
  closedReason: 'deleted_elsewhere' | null;
};

export type SaveHint = 'now' | 'typing';

export type AppActions = {
  openCase: (caseData: Case, session: Session, options: { isPrivate: boolean }) => void;
  closeCase: (reason?: AppState['closedReason']) => void;
  answer: (questionId: string, value: AnswerValue | null, now?: Date) => void;
  /** Changes the case directly (records, the account, the title), stamping updatedAt. */
  updateCase: (change: (c: Case) => Case, now?: Date, hint?: SaveHint) => void;
  /** Takes in the case as stored after another tab's changes were merged (lib/persistence/connect-store.ts). */
  adoptStoredCase: (caseData: Case) => void;
  openRecordForm: (form: RecordForm) => void;
  changeRecordForm: (draft: RecordForm['draft'], typed?: RecordForm['typed']) => void;
  closeRecordForm: () => void;
  goToStep: (stepId: string, options?: { returnToReview?: boolean }) => void;
  showView: (view: JourneyView) => void;
  markUrgentSeen: (key: string) => void;
  toggleChecklistItem: (actionId: string, now?: Date) => void;
  setSaveStatus: (status: SaveStatus, error?: string | null) => void;
};

export type AppStore = AppState & AppActions;

const INITIAL: AppState = {
  caseData: null,
  session: EMPTY_SESSION,
  isPrivate: false,
  saveStatus: 'idle',
  saveError: null,
  saveHint: 'now',
  closedReason: null,
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
    closeCase: (reason = null) => set({ ...INITIAL, closedReason: reason }),
    answer: (questionId, value, now = new Date()) => {
      const c = get().caseData;
      const isTyped = getQuestion(questionId)?.kind === 'free_text';
      if (c) set({ caseData: setAnswer(c, questionId, value, now), saveHint: isTyped ? 'typing' : 'now' });
    },
    updateCase: (change, now = new Date(), hint = 'typing') => {
      const c = get().caseData;
      if (c) set({ caseData: stamp(change(c), now), saveHint: hint });
    },
    adoptStoredCase: (caseData) => set({ caseData }),
    openRecordForm: (form) => set((s) => ({ session: { ...s.session, recordForm: form }, saveHint: 'now' })),
    changeRecordForm: (draft, typed) =>
      set((s) =>
        s.session.recordForm
          ? {
              session: {
                ...s.session,
                recordForm: { ...s.session.recordForm, draft, typed: typed ?? s.session.recordForm.typed },
              },
              saveHint: 'typing',
            }
          : s,
      ),
    closeRecordForm: () => set((s) => ({ session: { ...s.session, recordForm: null }, saveHint: 'now' })),
    goToStep: (stepId, options) =>
      set((s) => ({
        session: {
          ...s.session,
          view: 'questions',
          stepId,
          returnToReview: options?.returnToReview ?? false,
        },
        saveHint: 'now',
      })),
    showView: (view) =>
      set((s) => ({ session: { ...s.session, view, returnToReview: false }, saveHint: 'now' })),
    markUrgentSeen: (key) =>
      set((s) =>
        s.session.urgentSeen.includes(key)
          ? s
          : { session: { ...s.session, urgentSeen: [...s.session.urgentSeen, key] }, saveHint: 'now' },
      ),
    toggleChecklistItem: (actionId, now = new Date()) => {
      const c = get().caseData;
      if (!c) return;
      const isDone = c.checklist.some((e) => e.actionId === actionId);
      const checklist = isDone
        ? c.checklist.filter((e) => e.actionId !== actionId)
        : [...c.checklist, { actionId, doneAt: now.toISOString() }];
      set({ caseData: stamp({ ...c, checklist }, now), saveHint: 'now' });
    },
    setSaveStatus: (saveStatus, error = null) => set({ saveStatus, saveError: error }),
  }));
}
