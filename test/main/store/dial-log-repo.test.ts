import { describe, expect, it } from 'vitest';
import type { NewDialLogEntry } from '../../../src/main/store/store.ts';
import { freshStore } from './temp-store.ts';

const sent: NewDialLogEntry = {
  at: '2025-03-04T10:20:30.456Z',
  operatorId: 3,
  operatorName: 'Cara Authcode',
  number: '716-698-3877',
  method: 'udp',
  target: '127.0.0.1:1544',
  payload: '109,7166983877,002400004585',
  result: 'sent',
  reason: null,
};
const blocked: NewDialLogEntry = {
  at: '2025-03-04T10:21:00.000Z',
  operatorId: 4,
  operatorName: 'Dan Desk',
  number: '555-123-7777',
  method: null,
  target: null,
  payload: null,
  result: 'blocked',
  reason: 'Softphone dialing is off for Dan Desk.',
};

describe('dial log', () => {
  it('appends an entry and returns it with its id', () => {
    const store = freshStore();
    const { operatorId: _operatorId, ...shown } = sent;
    expect(store.dialLog.append(sent)).toEqual({ id: 1, ...shown });
  });

  it('lists newest first, up to the limit', () => {
    const store = freshStore();
    store.dialLog.append(sent);
    store.dialLog.append(blocked);
    store.dialLog.append({ ...sent, at: '2025-03-04T10:22:00.000Z', result: 'failed', reason: 'Network unreachable.' });
    expect(store.dialLog.list(10).map((e) => [e.id, e.result, e.operatorName])).toEqual([
      [3, 'failed', 'Cara Authcode'],
      [2, 'blocked', 'Dan Desk'],
      [1, 'sent', 'Cara Authcode'],
    ]);
    expect(store.dialLog.list(2).map((e) => e.id)).toEqual([3, 2]);
    expect(store.dialLog.list(10)[1]).toEqual({
      id: 2, at: '2025-03-04T10:21:00.000Z', operatorName: 'Dan Desk', number: '555-123-7777', method: null,
      target: null, payload: null, result: 'blocked', reason: 'Softphone dialing is off for Dan Desk.',
    });
  });

  it('keeps the operator name as it was when the call was made', () => {
    const store = freshStore();
    store.dialLog.append(sent);
    store.operators.update(3, { code: 'CARA', name: 'Cara Renamed', useSoftphone: true, note2: 'sip:' });
    expect(store.dialLog.list(1)[0]?.operatorName).toBe('Cara Authcode');
  });

  it('logs dials made by no operator (a dial-pad test before anyone is chosen)', () => {
    const store = freshStore();
    expect(store.dialLog.append({ ...blocked, operatorId: null, operatorName: '' }).id).toBe(1);
  });

  it('refuses an operator id that does not exist', () => {
    const store = freshStore();
    expect(() => store.dialLog.append({ ...sent, operatorId: 99 })).toThrow(
      'The dial could not be logged: FOREIGN KEY constraint failed (operator id 99).',
    );
    expect(store.dialLog.list(10)).toEqual([]);
  });

  it('is empty in a new database', () => {
    expect(freshStore().dialLog.list(100)).toEqual([]);
  });
});
