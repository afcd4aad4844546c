import { describe, expect, it } from 'vitest';
import type { AppState, DialOutcome, OperatorSummary } from '../../../../src/shared/ipc-contract.ts';
import { STATUS_LABEL, offersCopy } from '../../../../src/renderer/src/logic/dial-status.ts';

const operator = (id: number, useSoftphone: boolean): OperatorSummary => ({
  id,
  code: String(100 + id),
  name: `Operator ${id}`,
  useSoftphone,
  mode: useSoftphone ? 'Softphone: sip:' : 'Softphone dialing is off',
  role: 'operator',
  active: true,
  hasPassword: true,
});
const app = (sessionId: number | null): AppState => ({
  setupNeeded: false,
  session:
    sessionId === null
      ? null
      : { operatorId: sessionId, code: String(100 + sessionId), name: `Operator ${sessionId}`, role: 'operator', mode: '' },
  operators: [operator(1, true), operator(2, false)],
  allowedSchemes: ['sip'],
  notices: [],
  waitingDials: { count: 0, message: null },
});
const outcome = (status: DialOutcome['status']): DialOutcome => ({
  status,
  message: 'm',
  number: '555-123-7777',
  method: null,
  destination: null,
  payload: null,
  at: '2025-11-26T10:00:00.000Z',
});

describe('offersCopy', () => {
  it('offers the number when a dial is blocked because the operator has softphone dialing off', () => {
    expect(offersCopy(outcome('blocked'), app(2))).toBe(true);
  });

  it('does not offer it for an operator with softphone on (the block is about something else)', () => {
    expect(offersCopy(outcome('blocked'), app(1))).toBe(false);
  });

  it('does not offer it for sent or failed dials, or without a session', () => {
    expect(offersCopy(outcome('sent'), app(2))).toBe(false);
    expect(offersCopy(outcome('failed'), app(2))).toBe(false);
    expect(offersCopy(outcome('blocked'), app(null))).toBe(false);
    expect(offersCopy(outcome('blocked'), null)).toBe(false);
  });
});

it('spells every status out, so colour is never the only signal', () => {
  expect(STATUS_LABEL).toEqual({ sent: 'Sent', failed: 'Failed', blocked: 'Blocked' });
});
