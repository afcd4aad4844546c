import { create } from 'zustand';
import type { CallDecision } from '../../../shared/call-guard.ts';
import type { CallStatuses } from '../../../shared/ipc-contract.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

/** The clock and badge move on by themselves: statuses are asked again this often (main has the clock). */
const REFRESH_MS = 60_000;

type CallsStore = {
  /** Main's view of each phone shown (the badges); main decides again at every dial. */
  readonly statuses: CallStatuses;
  /** Asks main for phones not known yet; many rows asking in one render make one request. */
  want(phoneIds: readonly number[]): void;
  /** Main's answer for one phone (after a mark). */
  put(phoneId: number, decision: CallDecision): void;
  /** Asks again for these phones of those known (after a dial or an outcome), or for every phone known (a minute). */
  refresh(phoneIds?: readonly number[]): Promise<void>;
  reset(): void;
};

let queued = new Set<number>();
let flushing: ReturnType<typeof setTimeout> | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

export const useCallsStore = create<CallsStore>()((set, get) => {
  async function fetch(phoneIds: readonly number[]): Promise<void> {
    if (phoneIds.length === 0) return;
    try {
      const statuses = await softphone().callStatus(phoneIds.slice(0, 500));
      set({ statuses: { ...get().statuses, ...statuses } });
    } catch {
      // A badge is a help, not the decision: when main cannot answer, the badge stays as it was.
    }
  }
  return {
    statuses: {},
    want(phoneIds) {
      const known = get().statuses;
      for (const id of phoneIds) if (known[id] === undefined) queued.add(id);
      if (queued.size === 0 || flushing !== null) return;
      flushing = setTimeout(() => {
        const ids = [...queued];
        queued = new Set();
        flushing = null;
        void fetch(ids);
      }, 0);
      timer ??= setInterval(() => void get().refresh(), REFRESH_MS);
    },
    // A mark changes the decision, not the file's last call: that stays as last read.
    put: (phoneId, decision) => set({ statuses: { ...get().statuses, [phoneId]: { ...decision, lastCall: get().statuses[phoneId]?.lastCall ?? null } } }),
    refresh(phoneIds) {
      const known = get().statuses;
      return fetch(phoneIds === undefined ? Object.keys(known).map(Number) : phoneIds.filter((id) => known[id] !== undefined));
    },
    reset() {
      queued = new Set();
      set({ statuses: {} });
    },
  };
});

resetOnSessionChange(() => useCallsStore.getState().reset());
