import type { DialOutcome, DialStatus } from '../../../shared/ipc-contract.ts';

/** Status is always spelled out, so colour is never the only signal. */
export const STATUS_LABEL: Readonly<Record<DialStatus, string>> = {
  sent: 'Sent',
  failed: 'Failed',
  blocked: 'Blocked',
  duplicate: 'Sent once',
  confirm: 'Needs a reason',
};

/** Whenever a number was not sent (failed, refused, softphone off), the collector may dial it by hand. */
export function offersCopy(outcome: DialOutcome | null, error: string | null): boolean {
  if (error !== null) return true;
  return outcome !== null && (outcome.status === 'failed' || outcome.status === 'blocked');
}
