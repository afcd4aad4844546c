import type { AppState } from '../../../shared/ipc-contract.ts';
import { useAppStore } from './app-store.ts';
import { useFocusStore } from './focus-store.ts';
import { resetSessionStores } from './session-reset.ts';

/** Shows a new session (signed in, set up, or signed out) in a clean window, whoever had it before. */
export function enterState(app: AppState): void {
  resetSessionStores();
  useAppStore.getState().show(app);
  // Signed in: the first thing a collector does is search, so the caret waits in the search box.
  if (app.session !== null) useFocusStore.getState().focusSearch();
}
