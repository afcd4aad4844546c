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
  /**
   * These phones are shown: asks main for those not known yet (many rows asking at once make one request).
   * Returns the call to make when they are no longer shown.
   */
  want(phoneIds: readonly number[]): () => void;
  /** Main's answer for one phone (after a mark). */
  put(phoneId: number, decision: CallDecision): void;
  /** Asks again for these phones of those known (after a dial or an outcome), or for every phone shown (a minute). */
  refresh(phoneIds?: readonly number[]): Promise<void>;
  reset(): void;
};

let queued = new Set<number>();
/** Each phone shown, with how many views show it (a row, the call card). */
const shown = new Map<number, number>();
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
      for (const id of phoneIds) shown.set(id, (shown.get(id) ?? 0) + 1);
      const known = get().statuses;
      for (const id of phoneIds) if (known[id] === undefined) queued.add(id);
      if (queued.size > 0) {
        if (flushing !== null) clearTimeout(flushing);
        flushing = setTimeout(() => {
          // A row gone by now (a keystroke's list replaced by the next one's) needs no badge.
          const ids = [...queued].filter((id) => shown.has(id));
          queued = new Set();
          flushing = null;
          void fetch(ids);
        }, 0);
      }
      timer ??= setInterval(() => void get().refresh(), REFRESH_MS);
      return () => {
        for (const id of phoneIds) {
          const views = (shown.get(id) ?? 1) - 1;
          if (views > 0) shown.set(id, views);
          else shown.delete(id);
        }
      };
    },
    // A mark changes the decision, not the file's last call: that stays as last read.
    put: (phoneId, decision) => set({ statuses: { ...get().statuses, [phoneId]: { ...decision, lastCall: get().statuses[phoneId]?.lastCall ?? null } } }),
    refresh(phoneIds) {
      const known = get().statuses;
      if (phoneIds !== undefined) return fetch(phoneIds.filter((id) => known[id] !== undefined));
      // The badges not shown are forgotten: their rows ask again when they show.
      const kept = Object.fromEntries(Object.entries(known).filter(([id]) => shown.has(Number(id))));
      set({ statuses: kept });
      return fetch(Object.keys(kept).map(Number));
    },
    reset() {
      queued = new Set();
      set({ statuses: {} });
    },
  };
});

resetOnSessionChange(() => useCallsStore.getState().reset());
