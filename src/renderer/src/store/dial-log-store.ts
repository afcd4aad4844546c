import { create } from 'zustand';
import type { DialLogEntry } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { softphone } from './softphone.ts';

export const DIAL_LOG_LIMIT = 200;

type DialLogStore = {
  readonly entries: readonly DialLogEntry[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  reset(): void;
};

let latest = 0;

export const useDialLogStore = create<DialLogStore>()((set) => ({
  entries: [],
  loaded: false,
  error: null,

  async load() {
    // Two quick dials start two reloads; only the newest may land.
    const call = ++latest;
    try {
      const entries = await softphone().dialLog(DIAL_LOG_LIMIT);
      if (call === latest) set({ entries, loaded: true, error: null });
    } catch (error) {
      if (call === latest) set({ error: errorMessage(error), loaded: true });
    }
  },

  reset() {
    // A reload still under way answers for the operator who signed out: drop it.
    latest += 1;
    set({ entries: [], loaded: false, error: null });
  },
}));
