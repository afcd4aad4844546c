import type { AppState, DialOutcome, DialStatus } from '../../../shared/ipc-contract.ts';

/** Status is always spelled out, so colour is never the only signal. */
export const STATUS_LABEL: Readonly<Record<DialStatus, string>> = {
  sent: 'Sent',
  failed: 'Failed',
  blocked: 'Blocked',
};

/**
 * A blocked dial by an operator whose softphone dialing is off still leaves them a number to dial by
 * hand: offer to copy it. Other blocks (bad number, no operator) have nothing useful to copy.
 */
export function offersCopy(outcome: DialOutcome, app: AppState | null): boolean {
  if (outcome.status !== 'blocked' || app === null || app.session === null) return false;
  const operatorId = app.session.operatorId;
  const operator = app.operators.find((o) => o.id === operatorId);
  return operator !== undefined && !operator.useSoftphone;
}
