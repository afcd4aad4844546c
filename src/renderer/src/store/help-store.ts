import { create } from 'zustand';
import { resetOnSessionChange } from './session-reset.ts';

/** Whether the keyboard shortcuts overlay is open. */
type HelpStore = { readonly open: boolean; toggle(): void; show(): void; close(): void };

export const useHelpStore = create<HelpStore>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));

resetOnSessionChange(() => useHelpStore.getState().close());
