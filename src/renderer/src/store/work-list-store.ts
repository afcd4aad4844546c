import { create } from 'zustand';
import type { WorkListView } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type WorkListStore = {
  /** The running work list, or null when none runs. */
  readonly view: WorkListView | null;
  /** The signed-in operator's saved position was asked for (once per session). */
  readonly loaded: boolean;
  readonly busy: boolean;
  readonly error: string | null;
  /** Bumped each time the list shows another debtor: the card puts the keyboard on their first phone. */
  readonly moves: number;
  /** Resumes the operator's work list where it stopped (after a restart or a sign-out). */
  load(): Promise<void>;
  start(query: string): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  stop(): Promise<void>;
  reset(): void;
};

const initial = { view: null, loaded: false, busy: false, error: null, moves: 0 } as const;

// A reply for a session that has since ended must not show to the next operator.
const sessions = latestCall();

export const useWorkListStore = create<WorkListStore>()((set, get) => {
  async function step(request: () => Promise<WorkListView | null>, moved: boolean): Promise<void> {
    const current = sessions.begin();
    set({ busy: true });
    try {
      const view = await request();
      if (!current()) return;
      set((s) => ({ view, busy: false, error: null, moves: moved ? s.moves + 1 : s.moves }));
    } catch (error) {
      if (current()) set({ busy: false, error: errorMessage(error) });
    }
  }
  const moveBy = (delta: number): Promise<void> => {
    const { view, busy } = get();
    if (view === null || busy) return Promise.resolve();
    const index = Math.max(0, Math.min(view.total, view.index + delta));
    return index === view.index ? Promise.resolve() : step(() => softphone().moveWorkList(index), true);
  };
  return {
    ...initial,
    async load() {
      if (get().loaded) return;
      set({ loaded: true });
      await step(() => softphone().workList(), false);
    },
    start: (query) => step(() => softphone().startWorkList(query), true),
    next: () => moveBy(1),
    previous: () => moveBy(-1),
    stop: () => step(() => softphone().stopWorkList(), false),
    reset() {
      sessions.invalidate();
      set(initial);
    },
  };
});

resetOnSessionChange(() => useWorkListStore.getState().reset());
