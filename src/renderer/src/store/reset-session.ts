import type { AppState } from '../../../shared/ipc-contract.ts';
import { useAppStore } from './app-store.ts';
import { useAuditStore } from './audit-store.ts';
import { useDebtorsStore } from './debtors-store.ts';
import { useDialLogStore } from './dial-log-store.ts';
import { useDialPadStore } from './dial-pad-store.ts';
import { useDialStore } from './dial-store.ts';
import { useImportStore } from './import-store.ts';
import { useNavStore } from './nav-store.ts';
import { useOperatorFormStore } from './operator-form-store.ts';
import { usePasswordStore } from './password-store.ts';
import { useSchemesStore } from './schemes-store.ts';

/**
 * Forgets everything the last signed-in user saw or typed (open operator, last dial, searches, dial
 * log), so the next one to sign in at this window starts clean and sees nothing of theirs.
 */
export function resetSessionStores(): void {
  useNavStore.getState().reset();
  useOperatorFormStore.getState().reset();
  usePasswordStore.getState().reset();
  useAuditStore.getState().reset();
  useSchemesStore.getState().reset();
  useDialStore.getState().reset();
  useDialLogStore.getState().reset();
  useDialPadStore.getState().clear();
  useDebtorsStore.getState().reset();
  useImportStore.getState().reset();
}

/** Shows a new session (signed in, set up, or signed out) in a clean window, whoever had it before. */
export function enterState(app: AppState): void {
  resetSessionStores();
  useAppStore.getState().show(app);
}
