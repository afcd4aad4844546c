import type { SessionUser } from '../auth/session.ts';
import { UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';

type LoggedDial = NonNullable<Awaited<ReturnType<Store['dialLog']['byKey']>>>;

/**
 * A dial-log row the signed-in user may act on (set its outcome, redial it): their own, or anyone's for an
 * administrator. Rejects with `refusal.missing` when the row is not logged (yet), `refusal.notYours` otherwise.
 */
export async function dialOfUser(
  store: Store,
  dialKey: string,
  user: SessionUser,
  refusal: { readonly missing: string; readonly notYours: string },
): Promise<LoggedDial> {
  const dial = await store.dialLog.byKey(dialKey);
  if (dial === null) throw new UserError(refusal.missing);
  if (user.role !== 'admin' && dial.operatorId !== user.operatorId) throw new UserError(refusal.notYours);
  return dial;
}
