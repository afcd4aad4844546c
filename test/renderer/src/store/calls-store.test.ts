import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallStatuses, PhoneCallStatus } from '../../../../src/shared/ipc-contract.ts';

type Store = typeof import('../../../../src/renderer/src/store/calls-store.ts').useCallsStore;
let useCallsStore: Store;

const status = (attemptsUsed: number): PhoneCallStatus =>
  ({ verdict: 'allow', reasons: [], localTimes: [], attemptsUsed, attemptsLimit: 7, notes: [], lastCall: null }) as PhoneCallStatus;

/** window.softphone with only callStatus: records the phones each request asks for; answers `used` calls for each. */
function installCallStatus() {
  const asked: number[][] = [];
  const state = { used: 0 };
  const callStatus = async (phoneIds: readonly number[]): Promise<CallStatuses> => {
    asked.push([...phoneIds]);
    return Object.fromEntries(phoneIds.map((id) => [id, status(state.used)]));
  };
  Object.assign(globalThis, { window: { softphone: { callStatus } } });
  return { asked, state };
}

describe("the window's badges", () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    vi.resetModules();
    ({ useCallsStore } = await import('../../../../src/renderer/src/store/calls-store.ts'));
  });
  afterEach(() => vi.useRealTimers());

  it('are asked for once for the rows shown together, and not for a row gone before the request', async () => {
    const { asked } = installCallStatus();
    const { want } = useCallsStore.getState();
    want([1, 2]);
    const gone = want([3]);
    want([4]);
    gone();
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual([[1, 2, 4]]);
    expect(Object.keys(useCallsStore.getState().statuses)).toEqual(['1', '2', '4']);
  });

  it('are asked again each minute for the phones still shown; the others are forgotten and asked for when shown again', async () => {
    const { asked, state } = installCallStatus();
    const { want } = useCallsStore.getState();
    want([1]);
    const scrolledAway = want([2]);
    await vi.advanceTimersByTimeAsync(1);
    scrolledAway();
    state.used = 3;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked.at(-1)).toEqual([1]);
    expect(useCallsStore.getState().statuses[1]?.attemptsUsed).toBe(3);
    expect(useCallsStore.getState().statuses[2]).toBeUndefined();
    want([2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked.at(-1)).toEqual([2]);
    expect(useCallsStore.getState().statuses[2]?.attemptsUsed).toBe(3);
  });

  it('after a dial, asks again for the called debtor\'s phones only', async () => {
    const { asked } = installCallStatus();
    useCallsStore.getState().want([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(1);
    await useCallsStore.getState().refresh([2, 3, 99]);
    expect(asked.at(-1)).toEqual([2, 3]);
  });
});
