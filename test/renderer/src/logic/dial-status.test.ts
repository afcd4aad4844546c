import { describe, expect, it } from 'vitest';
import type { DialOutcome } from '../../../../src/shared/ipc-contract.ts';
import { STATUS_LABEL, offersCopy } from '../../../../src/renderer/src/logic/dial-status.ts';

const outcome = (status: DialOutcome['status']): DialOutcome => ({
  status,
  message: 'm',
  number: '555-123-7777',
  dialKey: null,
  method: null,
  destination: null,
  payload: null,
  at: '2025-11-26T10:00:00.000Z',
});

describe('offersCopy', () => {
  it('offers the number for every dial that did not go out: failed, blocked, or refused by main', () => {
    expect(offersCopy(outcome('failed'), null)).toBe(true);
    expect(offersCopy(outcome('blocked'), null)).toBe(true);
    expect(offersCopy(null, 'That phone number no longer exists. Search again.')).toBe(true);
  });

  it('does not offer it when the call went out, or before any dial', () => {
    expect(offersCopy(outcome('sent'), null)).toBe(false);
    expect(offersCopy(outcome('duplicate'), null)).toBe(false);
    expect(offersCopy(null, null)).toBe(false);
  });
});

it('spells every status out, so colour is never the only signal', () => {
  expect(STATUS_LABEL).toEqual({ sent: 'Sent', failed: 'Failed', blocked: 'Blocked', duplicate: 'Sent once', confirm: 'Needs a reason' });
});
