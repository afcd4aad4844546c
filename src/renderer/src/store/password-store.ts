import { create } from 'zustand';
import { passwordProblem } from '../../../shared/password-rules.ts';
import { errorMessage } from '../logic/error-message.ts';
import { useAppStore } from './app-store.ts';
import { useAuditStore } from './audit-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

export type PasswordOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'setting' }
  | { readonly kind: 'set'; readonly name: string }
  | { readonly kind: 'refused'; readonly message: string };

/** An administrator setting the password of the operator open in the form. */
type PasswordStore = {
  readonly password: string;
  readonly passwordAgain: string;
  readonly outcome: PasswordOutcome;
  setPassword(password: string): void;
  setPasswordAgain(passwordAgain: string): void;
  submit(operatorId: number): Promise<void>;
  reset(): void;
};

const initial = { password: '', passwordAgain: '', outcome: { kind: 'idle' } } as const;

export const usePasswordStore = create<PasswordStore>()((set, get) => ({
  ...initial,

  setPassword: (password) => set({ password, outcome: { kind: 'idle' } }),
  setPasswordAgain: (passwordAgain) => set({ passwordAgain, outcome: { kind: 'idle' } }),

  async submit(operatorId) {
    const { password, passwordAgain, outcome } = get();
    if (outcome.kind === 'setting') return;
    // Main checks the same rule; asking it first would only delay the same sentence.
    const problem = passwordProblem(password);
    if (problem !== null) {
      set({ outcome: { kind: 'refused', message: `Password not set: ${problem}` } });
      return;
    }
    set({ outcome: { kind: 'setting' } });
    try {
      const account = await softphone().setOperatorPassword(operatorId, password, passwordAgain);
      // Typed passwords are not kept a moment longer than needed.
      set({ password: '', passwordAgain: '', outcome: { kind: 'set', name: account.name } });
      // The audit trail gained a row; the operator list loses its "No password" marker.
      void useAuditStore.getState().load(operatorId);
      await useAppStore.getState().load();
    } catch (error) {
      set({ outcome: { kind: 'refused', message: errorMessage(error) } });
    }
  },

  reset: () => set(initial),
}));

resetOnSessionChange(() => usePasswordStore.getState().reset());
