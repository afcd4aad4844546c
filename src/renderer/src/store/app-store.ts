import { create } from 'zustand';
import type { AppState } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { softphone } from './softphone.ts';

type AppStore = {
  readonly app: AppState | null;
  /** Main's sentence when loading the app state or choosing an operator failed. */
  readonly error: string | null;
  /** Notices the user has dismissed; a new notice from main still shows. */
  readonly dismissedNotices: readonly string[];
  load(): Promise<void>;
  chooseOperator(operatorId: number): Promise<void>;
  dismissNotices(): void;
  dismissError(): void;
};

export const useAppStore = create<AppStore>()((set) => ({
  app: null,
  error: null,
  dismissedNotices: [],

  async load() {
    try {
      set({ app: await softphone().appState(), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },

  async chooseOperator(operatorId) {
    try {
      set({ app: await softphone().chooseOperator(operatorId), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },

  dismissNotices: () => set((state) => ({ dismissedNotices: [...state.dismissedNotices, ...(state.app?.notices ?? [])] })),
  dismissError: () => set({ error: null }),
}));
