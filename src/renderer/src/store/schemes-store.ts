import { create } from 'zustand';
import { errorMessage } from '../logic/error-message.ts';
import type { SaveState } from '../logic/save-state.ts';
import { addScheme, removeScheme } from '../logic/scheme-list.ts';
import { useAppStore } from './app-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';


/** The administrator's edit of the scheme allow-list; main's list (in AppState) stays the truth until saved. */
type SchemesStore = {
  /** Null while not edited: the section shows main's list. */
  readonly draft: readonly string[] | null;
  readonly newScheme: string;
  /** Why the scheme typed in "Add scheme" cannot be added. */
  readonly addError: string | null;
  readonly save: SaveState;
  setNewScheme(text: string): void;
  add(): void;
  remove(scheme: string): void;
  saveDraft(): Promise<void>;
  reset(): void;
};

const stored = (): readonly string[] => useAppStore.getState().app?.allowedSchemes ?? [];

const initial = { draft: null, newScheme: '', addError: null, save: { kind: 'idle' } } as const;

export const useSchemesStore = create<SchemesStore>()((set, get) => ({
  ...initial,

  setNewScheme: (newScheme) => set({ newScheme, addError: null }),

  add() {
    const result = addScheme(get().draft ?? stored(), get().newScheme);
    if (result.ok) set({ draft: result.value, newScheme: '', addError: null, save: { kind: 'idle' } });
    else set({ addError: result.error });
  },

  remove: (scheme) => set((state) => ({ draft: removeScheme(state.draft ?? stored(), scheme), save: { kind: 'idle' } })),

  async saveDraft() {
    const draft = get().draft;
    if (draft === null) return;
    set({ save: { kind: 'saving' } });
    try {
      useAppStore.getState().show(await softphone().saveAllowedSchemes(draft));
      set({ draft: null, save: { kind: 'saved' } });
    } catch (error) {
      set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  },

  reset: () => set(initial),
}));

resetOnSessionChange(() => useSchemesStore.getState().reset());
