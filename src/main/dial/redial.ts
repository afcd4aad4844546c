import type { DialOutcome } from '../../shared/ipc-contract.ts';
import type { SessionUser } from '../auth/session.ts';
import { UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';
import { findDebtorPhone } from './debtor-phone.ts';
import { dialOfUser } from './own-dial.ts';
import type { DialService } from './dial-service.ts';

export const REDIAL_NOT_FOUND = 'That dial is not in the dial log (yet): nothing was sent.';
export const REDIAL_NOT_YOURS = 'Refused: you can redial only your own dials.';

/**
 * Redial from the dial log: the same number again, by the signed-in operator with their settings now. A debtor's
 * call stays that debtor's call (authcode, history and marks), found again by its file number; a number no longer
 * theirs is refused; a dial-pad or test dial is dialed as a typed number. Main checks the call again like any other.
 */
export async function redial(store: Store, dialService: DialService, user: SessionUser, dialKey: string, reason?: string): Promise<DialOutcome> {
  const { entry } = await dialOfUser(store, dialKey, user, { missing: REDIAL_NOT_FOUND, notYours: REDIAL_NOT_YOURS });
  const confirmation = reason === undefined ? undefined : { reason };
  if (entry.fileNumber !== null && entry.testOf === null) {
    const phoneId = await findDebtorPhone(store, entry.fileNumber, entry.number);
    // Dialed bare, it would skip the debtor's marks and history: refused instead.
    if (phoneId === null) throw new UserError(`${entry.number} is no longer a phone of debtor file ${entry.fileNumber}: search the debtor to call them. Nothing was sent.`);
    return dialService.dialPhone(user.operatorId, phoneId, confirmation);
  }
  return dialService.dialNumber(user.operatorId, entry.number, {}, confirmation);
}
