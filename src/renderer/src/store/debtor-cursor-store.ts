import { create } from 'zustand';
import type { Cell } from '../logic/grid-keys.ts';
import { resetOnSessionChange } from './session-reset.ts';

/**
 * The debtor list's one Tab stop: which debtor (row) and which of its phones (column, 0 = the debtor)
 * the keyboard is on. Kept outside the list so a screen switch, a dial or a refresh does not lose it.
 */
type DebtorCursorStore = {
  readonly cell: Cell;
  /** Bumped by `N`: the list moves the keyboard to the next debtor's first phone. */
  readonly nextDebtorRequests: number;
  moveTo(cell: Cell): void;
  requestNextDebtor(): void;
  reset(): void;
};

const START: Cell = { row: 0, col: 0 };

export const useDebtorCursorStore = create<DebtorCursorStore>()((set, get) => ({
  cell: START,
  nextDebtorRequests: 0,
  requestNextDebtor: () => set((s) => ({ nextDebtorRequests: s.nextDebtorRequests + 1 })),
  moveTo(cell) {
    const now = get().cell;
    if (now.row !== cell.row || now.col !== cell.col) set({ cell });
  },
  reset: () => set({ cell: START, nextDebtorRequests: 0 }),
}));

resetOnSessionChange(() => useDebtorCursorStore.getState().reset());
