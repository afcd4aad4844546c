import { create } from 'zustand';
import { passwordProblem } from '../../../shared/password-rules.ts';
import { errorMessage } from '../logic/error-message.ts';
import { enterState } from './reset-session.ts';
import { softphone } from './preload-bridge.ts';

export type SetupFields = {
  readonly code: string;
  readonly name: string;
  readonly password: string;
  readonly passwordAgain: string;
  readonly loadSampleData: boolean;
};

/** The first-run screen: creates the first administrator, who is then signed in. */
type SetupStore = SetupFields & {
  readonly busy: boolean;
  /** Main's refusal, e.g. a password that is too short or typed differently twice. */
  readonly error: string | null;
  edit(change: Partial<SetupFields>): void;
  submit(): Promise<void>;
};

const blank = { code: '', name: '', password: '', passwordAgain: '', loadSampleData: true } as const;

export const useSetupStore = create<SetupStore>()((set, get) => ({
  ...blank,
  busy: false,
  error: null,

  edit: (change) => set(change),

  async submit() {
    const { code, name, password, passwordAgain, loadSampleData, busy } = get();
    if (busy) return;
    // Main checks the same rule (after the ID and name); the password's reason shows without a round trip.
    const problem = passwordProblem(password);
    if (problem !== null) {
      set({ error: problem });
      return;
    }
    set({ busy: true, error: null });
    try {
      const app = await softphone().setupFirstAdmin({ code, name, password, passwordAgain, loadSampleData });
      set({ ...blank, busy: false });
      enterState(app);
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  },
}));
