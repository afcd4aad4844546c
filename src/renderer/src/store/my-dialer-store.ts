import { create } from 'zustand';
import { parseNote2, type Note2Result } from '../../../shared/note2.ts';
import { dialModeWords } from '../logic/dial-mode-words.ts';
import { latestCall } from '../logic/latest-call.ts';
import { noHandlerWarning } from '../logic/operator-form-view.ts';
import { allowedSchemesNow } from './app-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

/**
 * The signed-in operator's own dialing, in their words, and whether this computer can dial it: at
 * sign-in (and after their settings change) a `sip:` operator is warned when no program handles sip:.
 */
type MyDialerStore = {
  /** Null until the operator's settings are read. */
  readonly words: string | null;
  readonly noHandler: string | null;
  load(operatorId: number): Promise<void>;
  reset(): void;
};

const initial = { words: null, noHandler: null } as const;
const loads = latestCall();

export const useMyDialerStore = create<MyDialerStore>()((set) => ({
  ...initial,
  async load(operatorId) {
    const current = loads.begin();
    try {
      const account = await softphone().getOperator(operatorId);
      const target: Note2Result | null = account.useSoftphone ? parseNote2(account.note2, allowedSchemesNow()) : null;
      if (!current()) return;
      set({ words: dialModeWords(target), noHandler: null });
      if (target?.ok !== true || target.value.kind !== 'uri') return;
      const { handler, scheme } = await softphone().schemeHandler(target.value.scheme);
      if (current()) set({ noHandler: handler === null ? noHandlerWarning(scheme) : null });
    } catch {
      // The status bar then shows main's own line; a failed look-up is not worth an alarm of its own.
      if (current()) set(initial);
    }
  },
  reset() {
    loads.invalidate();
    set(initial);
  },
}));

resetOnSessionChange(() => useMyDialerStore.getState().reset());
