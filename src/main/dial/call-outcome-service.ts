import type { DialLogEntry, IpcRequest } from '../../shared/ipc-contract.ts';
import type { SessionUser } from '../auth/session.ts';
import { dialOfUser } from './own-dial.ts';
import { NOT_LOGGED_YET, type Store } from '../store/contract.ts';

export const OWN_DIALS_ONLY = 'Operators can set the outcome of their own dials only.';

/**
 * Records what became of a dial: a new outcome row (the newest wins), so nothing already logged is
 * changed. Operators report on their own dials; administrators on anyone's.
 */
export async function setCallOutcome(
  store: Store,
  { dialKey, outcome, note, consent }: IpcRequest<'dial:set-outcome'>,
  user: SessionUser,
  at: Date,
): Promise<DialLogEntry> {
  await dialOfUser(store, dialKey, user, { missing: NOT_LOGGED_YET, notYours: OWN_DIALS_ONLY });
  const trimmed = note.trim();
  return store.dialLog.addOutcome({ dialKey, at: at.toISOString(), outcome, note: trimmed === '' ? null : trimmed, consent: consent === true });
}
