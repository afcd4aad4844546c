import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

export const AUDIT_LIMIT = 100;

/** The audit trail of the operator open in the form (administrators only: main refuses anyone else). */
type AuditStore = {
  readonly operatorId: number | null;
  readonly entries: readonly AuditEntry[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(operatorId: number): Promise<void>;
  reset(): void;
};

const loads = latestCall();

export const useAuditStore = create<AuditStore>()((set, get) => ({
  operatorId: null,
  entries: [],
  loaded: false,
  error: null,

  async load(operatorId) {
    // Choosing another operator, or saving twice quickly, starts another load: only the newest may land.
    const current = loads.begin();
    // Another operator's rows must never show under this one's name, not even while loading.
    if (get().operatorId !== operatorId) set({ operatorId, entries: [], loaded: false, error: null });
    try {
      const entries = await softphone().auditTrail(operatorId, AUDIT_LIMIT);
      if (current()) set({ entries, loaded: true, error: null });
    } catch (error) {
      if (current()) set({ loaded: true, error: errorMessage(error) });
    }
  },

  reset() {
    loads.invalidate();
    set({ operatorId: null, entries: [], loaded: false, error: null });
  },
}));

resetOnSessionChange(() => useAuditStore.getState().reset());
