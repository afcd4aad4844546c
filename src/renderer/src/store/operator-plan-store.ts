import { create } from 'zustand';
import type { NumberPlanField, NumberPlanInput } from '../../../shared/number-plan.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import type { SaveState } from '../logic/save-state.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type PlanField = NumberPlanField;
type PlanDraft = Readonly<Record<PlanField, string>>;

type OperatorPlanStore = {
  readonly operatorId: number | null;
  /** The operator's own plan as main holds it; null: they use the floor's. */
  readonly stored: NumberPlanInput | null;
  readonly own: boolean;
  readonly draft: PlanDraft;
  readonly save: SaveState;
  load(operatorId: number): Promise<void>;
  setOwn(own: boolean): void;
  setField(field: PlanField, value: string): void;
  saveDraft(): Promise<void>;
  reset(): void;
};

const EMPTY: PlanDraft = { outsideLine: '', homeCountry: '', intlPrefix: '' };
const initial = { operatorId: null, stored: null, own: false, draft: EMPTY, save: { kind: 'idle' } } as const;
const toDraft = (plan: NumberPlanInput | null): PlanDraft => ({
  outsideLine: plan?.outsideLine ?? '',
  homeCountry: plan?.homeCountry ?? '',
  intlPrefix: plan?.intlPrefix ?? '',
});

// The answer for an operator the administrator has since left must not land on the next one.
const loads = latestCall();

/** One operator's own dial plan (administrators): used instead of the floor's for that operator's dials. */
export const useOperatorPlanStore = create<OperatorPlanStore>()((set, get) => ({
  ...initial,
  async load(operatorId) {
    const current = loads.begin();
    set({ ...initial, operatorId });
    try {
      const stored = await softphone().operatorPlan(operatorId);
      if (current()) set({ stored, own: stored !== null, draft: toDraft(stored) });
    } catch (error) {
      if (current()) set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  },
  setOwn: (own) => set({ own, save: { kind: 'idle' } }),
  setField: (field, value) => set({ draft: { ...get().draft, [field]: value }, save: { kind: 'idle' } }),
  async saveDraft() {
    const { operatorId, own, draft } = get();
    if (operatorId === null) return;
    set({ save: { kind: 'saving' } });
    const plan = Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== ''));
    try {
      const stored = await softphone().saveOperatorPlan(operatorId, own ? plan : null);
      if (get().operatorId === operatorId) set({ stored, own: stored !== null, draft: toDraft(stored), save: { kind: 'saved' } });
    } catch (error) {
      set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  },
  reset() {
    loads.invalidate();
    set(initial);
  },
}));

resetOnSessionChange(() => useOperatorPlanStore.getState().reset());
