import { create } from 'zustand';
import type { DialOutcome, OperatorAccount } from '../../../shared/ipc-contract.ts';
import { debounce } from '../logic/debounce.ts';
import { errorMessage } from '../logic/error-message.ts';
import type { SaveState } from '../logic/save-state.ts';
import { latestCall } from '../logic/latest-call.ts';
import { blankDraft, draftOf, operatorFormView, type OperatorDraft } from '../logic/operator-form-view.ts';
import { allowedSchemesNow, sessionRole, useAppStore } from './app-store.ts';
import { useAuditStore } from './audit-store.ts';
import { usePasswordStore } from './password-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

export const SCHEME_CHECK_DEBOUNCE_MS = 300;
export const DEFAULT_TEST_NUMBER = '555-123-7777';
/** The sample data's debtor of the spec's authcode example: a test dial "as" them exercises #authcode. */
export const SAMPLE_TEST_DEBTOR = { client: '24', debtor: '4585', number: '716-698-3877' } as const;

export type FormTab = 'general' | 'detail';
export type EditableField = Partial<Omit<OperatorDraft, 'id'>>;

type OperatorFormStore = {
  /** False until an operator is chosen or a new one started. */
  readonly open: boolean;
  readonly loading: boolean;
  readonly loadError: string | null;
  readonly draft: OperatorDraft;
  /** The operator as main last stored it; null for a new operator not yet saved. */
  readonly saved: OperatorAccount | null;
  readonly tab: FormTab;
  readonly save: SaveState;
  /** Which program handles the Note 2 scheme on this computer (null handler: none). */
  readonly schemeCheck: { readonly scheme: string; readonly handler: string | null } | null;
  readonly schemeCheckError: string | null;
  readonly testNumber: string;
  /** Test as if dialing the sample debtor's phone (client 24, file 4585), so #authcode is sent. */
  readonly testAsSample: boolean;
  readonly testBusy: boolean;
  readonly testOutcome: DialOutcome | null;
  readonly testError: string | null;
  select(operatorId: number): Promise<void>;
  startNew(): void;
  edit(change: EditableField): void;
  /** Back to what main stored (a new operator: closed), as "Discard" in the unsaved-edits question. */
  discardEdits(): void;
  setTab(tab: FormTab): void;
  saveDraft(): Promise<void>;
  setTestNumber(number: string): void;
  setTestAsSample(on: boolean): void;
  sendTestDial(): Promise<void>;
  /** Closes the form: the next operator to sign in starts with nothing open. */
  reset(): void;
};

export const allowedSchemes = allowedSchemesNow;

const freshForm = {
  loadError: null,
  tab: 'general',
  save: { kind: 'idle' },
  schemeCheck: null,
  schemeCheckError: null,
  testOutcome: null,
  testError: null,
} as const;

const selecting = latestCall();

/** The audit trail is an administrator's: operators are not asked for it (main would refuse them). */
const loadAudit = (operatorId: number): void => {
  if (sessionRole() === 'admin') void useAuditStore.getState().load(operatorId);
};

export const useOperatorFormStore = create<OperatorFormStore>()((set, get) => {
  const currentScheme = (): string | null => {
    const { draft, saved } = get();
    return operatorFormView(draft, saved, allowedSchemes()).scheme;
  };

  const checkScheme = debounce(async (scheme: string) => {
    try {
      const info = await softphone().schemeHandler(scheme);
      // The user may have typed on while main looked: only the scheme still in Note 2 counts.
      if (currentScheme() === scheme) set({ schemeCheck: { scheme, handler: info.handler }, schemeCheckError: null });
    } catch (error) {
      if (currentScheme() === scheme) set({ schemeCheck: null, schemeCheckError: errorMessage(error) });
    }
  }, SCHEME_CHECK_DEBOUNCE_MS);

  const recheckScheme = (): void => {
    const scheme = currentScheme();
    if (scheme === null) {
      checkScheme.cancel();
      set({ schemeCheck: null, schemeCheckError: null });
    } else if (get().schemeCheck?.scheme !== scheme) {
      checkScheme(scheme);
    }
  };

  return {
    open: false,
    loading: false,
    draft: blankDraft(),
    saved: null,
    testNumber: DEFAULT_TEST_NUMBER,
    testAsSample: false,
    testBusy: false,
    ...freshForm,

    async select(operatorId) {
      const current = selecting.begin();
      set({ loading: true, loadError: null });
      try {
        const account = await softphone().getOperator(operatorId);
        if (!current()) return;
        usePasswordStore.getState().reset();
        set({ ...freshForm, open: true, loading: false, draft: draftOf(account), saved: account });
        recheckScheme();
        loadAudit(account.id);
      } catch (error) {
        if (current()) set({ loading: false, loadError: errorMessage(error) });
      }
    },

    startNew() {
      selecting.invalidate();
      usePasswordStore.getState().reset();
      useAuditStore.getState().reset();
      set({ ...freshForm, open: true, loading: false, draft: blankDraft(), saved: null });
      recheckScheme();
    },

    edit(change) {
      set((state) => ({ draft: { ...state.draft, ...change }, save: { kind: 'idle' } }));
      recheckScheme();
    },

    discardEdits() {
      const { saved } = get();
      if (saved === null) set({ ...freshForm, open: false, draft: blankDraft() });
      else set({ draft: draftOf(saved), save: { kind: 'idle' } });
      recheckScheme();
    },

    setTab: (tab) => set({ tab }),

    async saveDraft() {
      const { draft, saved } = get();
      if (operatorFormView(draft, saved, allowedSchemes()).saveBlockedReason !== null) return;
      set({ save: { kind: 'saving' } });
      try {
        const stored = await softphone().saveOperator({ ...draft });
        set({ saved: stored, draft: draftOf(stored), save: { kind: 'saved' } });
        recheckScheme();
        loadAudit(stored.id);
        // The operator list, the status bar's mode and the select all come from AppState.
        await useAppStore.getState().load();
      } catch (error) {
        set({ save: { kind: 'refused', message: errorMessage(error) } });
      }
    },

    setTestNumber: (testNumber) => set({ testNumber }),
    setTestAsSample(on) {
      const { testNumber } = get();
      // The sample debtor's own number goes in while the field still holds a default.
      if (on && testNumber === DEFAULT_TEST_NUMBER) set({ testAsSample: true, testNumber: SAMPLE_TEST_DEBTOR.number });
      else if (!on && testNumber === SAMPLE_TEST_DEBTOR.number) set({ testAsSample: false, testNumber: DEFAULT_TEST_NUMBER });
      else set({ testAsSample: on });
    },

    async sendTestDial() {
      const { saved, draft, testNumber, testAsSample } = get();
      if (saved === null || operatorFormView(draft, saved, allowedSchemes()).dirty) return;
      set({ testBusy: true, testOutcome: null, testError: null });
      try {
        const debtor = testAsSample ? { client: SAMPLE_TEST_DEBTOR.client, debtor: SAMPLE_TEST_DEBTOR.debtor } : undefined;
        set({ testOutcome: await softphone().testDial(saved.id, testNumber, debtor) });
      } catch (error) {
        set({ testError: errorMessage(error) });
      } finally {
        set({ testBusy: false });
      }
    },

    reset() {
      selecting.invalidate();
      checkScheme.cancel();
      set({ ...freshForm, open: false, loading: false, draft: blankDraft(), saved: null, testNumber: DEFAULT_TEST_NUMBER, testAsSample: false, testBusy: false });
    },
  };
});

resetOnSessionChange(() => useOperatorFormStore.getState().reset());
