import { create } from 'zustand';
import type { CallRuleId, RuleAction } from '../../../shared/call-rules.ts';
import type { CallSettings } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import type { SaveState } from '../logic/save-state.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type PlanField = 'outsideLine' | 'homeCountry' | 'intlPrefix';

type CallRulesStore = {
  readonly stored: CallSettings | null;
  readonly draft: CallSettings | null;
  readonly save: SaveState;
  load(): Promise<void>;
  setAction(rule: CallRuleId, action: RuleAction): void;
  setPlan(field: PlanField, value: string): void;
  saveDraft(): Promise<void>;
  reset(): void;
};

const initial = { stored: null, draft: null, save: { kind: 'idle' } } as const;

/** The administrator's call rules (warn or block per rule) and the floor's dial plan. */
export const useCallRulesStore = create<CallRulesStore>()((set, get) => ({
  ...initial,
  async load() {
    try {
      const stored = await softphone().callSettings();
      set({ stored, draft: stored });
    } catch (error) {
      set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  },
  setAction(rule, action) {
    const draft = get().draft;
    if (draft !== null) set({ draft: { ...draft, policy: { ...draft.policy, [rule]: action } }, save: { kind: 'idle' } });
  },
  setPlan(field, value) {
    const draft = get().draft;
    if (draft !== null) set({ draft: { ...draft, numberPlan: { ...draft.numberPlan, [field]: value } }, save: { kind: 'idle' } });
  },
  async saveDraft() {
    const draft = get().draft;
    if (draft === null) return;
    set({ save: { kind: 'saving' } });
    try {
      const plan = draft.numberPlan;
      const numberPlan = {
        ...(plan.outsideLine ? { outsideLine: plan.outsideLine } : {}),
        ...(plan.homeCountry ? { homeCountry: plan.homeCountry } : {}),
        ...(plan.intlPrefix ? { intlPrefix: plan.intlPrefix } : {}),
        ...(plan.uriForm ? { uriForm: plan.uriForm } : {}),
      };
      const stored = await softphone().saveCallSettings({ policy: draft.policy, numberPlan });
      set({ stored, draft: stored, save: { kind: 'saved' } });
    } catch (error) {
      set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  },
  reset: () => set(initial),
}));

resetOnSessionChange(() => useCallRulesStore.getState().reset());
