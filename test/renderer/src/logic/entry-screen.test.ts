import { expect, it } from 'vitest';
import type { AppState } from '../../../../src/shared/ipc-contract.ts';
import { entryScreen } from '../../../../src/renderer/src/logic/entry-screen.ts';

const signedOut: AppState = { setupNeeded: false, session: null, operators: [], allowedSchemes: ['sip'], notices: [], waitingDials: { count: 0, message: null } };
const session = { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin', mode: 'Softphone dialing is off' } as const;

it('waits for main before showing anything', () => {
  expect(entryScreen(null)).toBe('loading');
});

it('shows the first-run setup while no administrator exists, and sign-in once one does', () => {
  expect(entryScreen({ ...signedOut, setupNeeded: true })).toBe('setup');
  expect(entryScreen(signedOut)).toBe('sign-in');
});

it('shows the app only to someone signed in', () => {
  expect(entryScreen({ ...signedOut, session })).toBe('workspace');
  // Signed in always wins: setup is for a window nobody can sign in to.
  expect(entryScreen({ ...signedOut, setupNeeded: true, session })).toBe('workspace');
});
