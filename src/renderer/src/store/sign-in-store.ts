import { create } from 'zustand';
import { errorMessage } from '../logic/error-message.ts';
import { useAppStore } from './app-store.ts';
import { enterState } from './reset-session.ts';
import { softphone } from './preload-bridge.ts';

/** The sign-in screen, and signing out (switching operator is signing out, then in). */
type SignInStore = {
  readonly code: string;
  readonly password: string;
  readonly busy: boolean;
  /** Main's refusal: a wrong ID or password, or the lockout. */
  readonly error: string | null;
  setCode(code: string): void;
  setPassword(password: string): void;
  submit(): Promise<void>;
  signOut(): Promise<void>;
};

export const useSignInStore = create<SignInStore>()((set, get) => ({
  code: '',
  password: '',
  busy: false,
  error: null,

  setCode: (code) => set({ code }),
  setPassword: (password) => set({ password }),

  async submit() {
    const { code, password, busy } = get();
    if (busy) return;
    // The old refusal goes at once, so a repeated refusal is seen to be a new answer.
    set({ busy: true, error: null });
    try {
      const app = await softphone().signIn(code, password);
      set({ code: '', password: '', busy: false });
      enterState(app);
    } catch (error) {
      // The ID stays for another try; the password is typed again.
      set({ password: '', busy: false, error: errorMessage(error) });
    }
  },

  async signOut() {
    try {
      enterState(await softphone().signOut());
      set({ error: null });
    } catch (error) {
      useAppStore.getState().fail(error);
    }
  },
}));
