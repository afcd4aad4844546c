import { create } from 'zustand';
import { useDialLogStore } from './dial-log-store.ts';
import { resetOnSessionChange } from './session-reset.ts';

export type Screen = 'debtors' | 'dialpad' | 'log' | 'operators' | 'import' | 'desk';

type NavStore = {
  readonly screen: Screen;
  open(screen: Screen): void;
  /** Back to the first screen, as after signing in. */
  reset(): void;
};

export const useNavStore = create<NavStore>()((set) => ({
  screen: 'debtors',
  open(screen) {
    set({ screen });
    // The log is read fresh each time it is opened: other windows or the CLI may have dialed.
    if (screen === 'log') void useDialLogStore.getState().load();
  },
  reset: () => set({ screen: 'debtors' }),
}));

resetOnSessionChange(() => useNavStore.getState().reset());
