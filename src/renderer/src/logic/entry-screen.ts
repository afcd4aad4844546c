import type { AppState } from '../../../shared/ipc-contract.ts';

export type EntryScreen = 'loading' | 'setup' | 'sign-in' | 'workspace';

/**
 * What the window shows: nothing of the app's data until someone is signed in, and the first-run
 * setup while no administrator exists to sign in with.
 */
export function entryScreen(app: AppState | null): EntryScreen {
  if (app === null) return 'loading';
  if (app.session !== null) return 'workspace';
  return app.setupNeeded ? 'setup' : 'sign-in';
}
