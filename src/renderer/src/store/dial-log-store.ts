import { create } from 'zustand';
import type { DialLogEntry } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

export const DIAL_LOG_LIMIT = 200;

type DialLogStore = {
  readonly entries: readonly DialLogEntry[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  reset(): void;
};

const loads = latestCall();

export const useDialLogStore = create<DialLogStore>()((set) => ({
  entries: [],
  loaded: false,
  error: null,

  async load() {
    // Two quick dials start two reloads; only the newest may land.
    const current = loads.begin();
    try {
      const entries = await softphone().dialLog(DIAL_LOG_LIMIT);
      if (current()) set({ entries, loaded: true, error: null });
    } catch (error) {
      if (current()) set({ error: errorMessage(error), loaded: true });
    }
  },

  reset() {
    // A reload still under way answers for the operator who signed out: drop it.
    loads.invalidate();
    set({ entries: [], loaded: false, error: null });
  },
}));

resetOnSessionChange(() => useDialLogStore.getState().reset());
