import { create } from 'zustand';
import type { AppState } from '../../../shared/ipc-contract.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../shared/schemes.ts';
import { errorMessage } from '../logic/error-message.ts';
import { softphone } from './preload-bridge.ts';

type AppStore = {
  /** What main says the window may know: setup needed, who is signed in, the operators they may see. */
  readonly app: AppState | null;
  /** Main's sentence when an app-wide action (loading the state, signing out) failed. */
  readonly error: string | null;
  /** Notices the user has dismissed; a new notice from main still shows. */
  readonly dismissedNotices: readonly string[];
  load(): Promise<void>;
  /** Takes an AppState that another action got from main (sign-in, setup, saving schemes). */
  show(app: AppState): void;
  fail(error: unknown): void;
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

  show: (app) => set({ app, error: null }),
  fail: (error) => set({ error: errorMessage(error) }),
  dismissNotices: () => set((state) => ({ dismissedNotices: [...state.dismissedNotices, ...(state.app?.notices ?? [])] })),
  dismissError: () => set({ error: null }),
}));

/** The signed-in user's role, or null when nobody is signed in. */
export const sessionRole = (): 'admin' | 'operator' | null => useAppStore.getState().app?.session?.role ?? null;

/** The scheme allow-list main last sent (the defaults before it has answered). */
export const allowedSchemesNow = (): readonly string[] => useAppStore.getState().app?.allowedSchemes ?? DEFAULT_ALLOWED_SCHEMES;
