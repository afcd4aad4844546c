import { describe, expect, it } from 'vitest';
import { createMainEventHub } from '../../../src/main/ipc/main-events.ts';
import type { DialLogEntry } from '../../../src/shared/ipc-contract.ts';

const entry = { id: 7, key: 'k-7', number: '7166983877' } as DialLogEntry;

describe('main → renderer events', () => {
  it('reach every subscribed window until it unsubscribes', () => {
    const hub = createMainEventHub();
    const a: unknown[] = [];
    const b: unknown[] = [];
    hub.subscribe((event, payload) => a.push([event, payload]));
    const stopB = hub.subscribe((event, payload) => b.push([event, payload]));
    hub.publish('dial-log:added', { operatorId: 3, entry });
    stopB();
    hub.publish('dial-log:added', { operatorId: 4, entry });
    expect(a).toEqual([
      ['dial-log:added', { operatorId: 3, entry }],
      ['dial-log:added', { operatorId: 4, entry }],
    ]);
    expect(b).toEqual([['dial-log:added', { operatorId: 3, entry }]]);
  });

  it('keep going past a window that throws, and report it', () => {
    const errors: unknown[] = [];
    const hub = createMainEventHub((error) => errors.push(error));
    const got: number[] = [];
    hub.subscribe(() => {
      throw new Error('Object has been destroyed');
    });
    hub.subscribe((_event, payload) => got.push('operatorId' in payload ? (payload.operatorId ?? -1) : -2));
    expect(() => hub.publish('dial-log:added', { operatorId: 9, entry })).not.toThrow();
    expect(got).toEqual([9]);
    expect(String(errors[0])).toContain('destroyed');
  });
});
