import { create } from 'zustand';
import type { DialOutcome } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { useAppStore } from './app-store.ts';
import { useDialLogStore } from './dial-log-store.ts';
import { softphone } from './softphone.ts';

export type CopyState = 'idle' | 'copied' | 'failed';

type DialStore = {
  readonly outcome: DialOutcome | null;
  /** Main refused the request outright (no operator chosen, unknown phone): its sentence. */
  readonly error: string | null;
  readonly busy: boolean;
  readonly copy: CopyState;
  dialPhone(phoneId: number): Promise<void>;
  dialNumber(number: string): Promise<void>;
  copyNumber(): Promise<void>;
  /** Forgets the last dial: the next operator to sign in must not see it. */
  reset(): void;
};

const initial = { outcome: null, error: null, busy: false, copy: 'idle' } as const;

// Bumped by reset: a dial still under way when its operator signed out does not show to the next one.
let session = 0;

export const useDialStore = create<DialStore>()((set, get) => {
  async function dial(request: () => Promise<DialOutcome>): Promise<void> {
    const mine = session;
    set({ busy: true, copy: 'idle' });
    try {
      const outcome = await request();
      if (mine === session) set({ outcome, error: null });
    } catch (error) {
      if (mine === session) set({ outcome: null, error: errorMessage(error) });
    } finally {
      if (mine === session) {
        set({ busy: false });
        // Every dial, refused or not, may have added a log row (or one waiting to be logged: the status bar says so).
        void useDialLogStore.getState().load();
        void useAppStore.getState().load();
      }
    }
  }

  return {
    ...initial,
    dialPhone: (phoneId) => dial(() => softphone().dialPhone(phoneId)),
    dialNumber: (number) => dial(() => softphone().dialNumber(number)),

    async copyNumber() {
      const number = get().outcome?.number;
      if (number === undefined) return;
      try {
        await navigator.clipboard.writeText(number);
        set({ copy: 'copied' });
      } catch {
        // Clipboard access can be denied (permissions off in the app): the view then offers the number selected.
        set({ copy: 'failed' });
      }
    },

    reset() {
      session += 1;
      set(initial);
    },
  };
});
