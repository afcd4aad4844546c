import { create } from 'zustand';
import { resetOnSessionChange } from './session-reset.ts';

/** What is typed on the dial pad; kept here so it survives switching screens. */
type DialPadStore = {
  readonly number: string;
  setNumber(number: string): void;
  press(key: string): void;
  clear(): void;
};

export const useDialPadStore = create<DialPadStore>()((set) => ({
  number: '',
  setNumber: (number) => set({ number }),
  press: (key) => set((state) => ({ number: state.number + key })),
  clear: () => set({ number: '' }),
}));

resetOnSessionChange(() => useDialPadStore.getState().clear());
