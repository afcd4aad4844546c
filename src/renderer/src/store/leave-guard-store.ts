import { create } from 'zustand';
import { hasUnsavedEdits } from '../logic/operator-form-view.ts';
import { useOperatorFormStore } from './operator-form-store.ts';
import { resetOnSessionChange } from './session-reset.ts';

/**
 * Leaving the Operator form with unsaved edits (another operator, another screen, signing out) asks
 * first: Save, Discard or Stay. `then` is what the user was doing, run once the form is left.
 */
type LeaveGuardStore = {
  /** The name of the operator whose edits are unsaved, while the question is open. */
  readonly asking: string | null;
  readonly saving: boolean;
  leaveThen(then: () => void): void;
  save(): Promise<void>;
  discard(): void;
  stay(): void;
  reset(): void;
};

let pending: (() => void) | null = null;

function formHasUnsavedEdits(): boolean {
  const { open, draft, saved } = useOperatorFormStore.getState();
  return open && hasUnsavedEdits(draft, saved);
}

export const useLeaveGuardStore = create<LeaveGuardStore>()((set) => ({
  asking: null,
  saving: false,

  leaveThen(then) {
    if (!formHasUnsavedEdits()) {
      then();
      return;
    }
    pending = then;
    const { draft, saved } = useOperatorFormStore.getState();
    set({ asking: saved?.name ?? (draft.name.trim() || 'the new operator') });
  },

  async save() {
    set({ saving: true });
    await useOperatorFormStore.getState().saveDraft();
    set({ saving: false });
    // A refused save keeps the form (and its error) on screen: nothing is lost.
    if (useOperatorFormStore.getState().save.kind !== 'saved') {
      pending = null;
      set({ asking: null });
      return;
    }
    const then = pending;
    pending = null;
    set({ asking: null });
    then?.();
  },

  discard() {
    const then = pending;
    pending = null;
    useOperatorFormStore.getState().discardEdits();
    set({ asking: null });
    then?.();
  },

  stay() {
    pending = null;
    set({ asking: null });
  },

  reset() {
    pending = null;
    set({ asking: null, saving: false });
  },
}));

resetOnSessionChange(() => useLeaveGuardStore.getState().reset());
