import { describe, expect, it } from 'vitest';
import { createLockout, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../src/main/auth/lockout.ts';

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const LOCKED_BEN = 'Too many failed sign-ins for BEN: try again in 30 seconds.';

function failTimes(lockout: ReturnType<typeof createLockout>, code: string, times: number): (string | null)[] {
  return Array.from({ length: times }, () => lockout.recordFailure(code));
}

describe('sign-in lockout', () => {
  it('locks an ID for 30 seconds after 5 failures, and says so', () => {
    expect([MAX_FAILED_SIGN_INS, LOCKOUT_MS]).toEqual([5, 30_000]);
    const clock = manualClock();
    const lockout = createLockout({ now: clock.now });
    expect(failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(lockout.lockedMessage('BEN')).toBeNull();
    expect(lockout.recordFailure('BEN')).toBe(LOCKED_BEN);
    expect(lockout.lockedMessage('BEN')).toBe(LOCKED_BEN);
  });

  it('counts down the seconds left', () => {
    const clock = manualClock();
    const lockout = createLockout({ now: clock.now });
    failTimes(lockout, 'BEN', 5);
    clock.advance(12_400);
    expect(lockout.lockedMessage('BEN')).toBe('Too many failed sign-ins for BEN: try again in 18 seconds.');
    clock.advance(17_000);
    expect(lockout.lockedMessage('BEN')).toBe('Too many failed sign-ins for BEN: try again in 1 second.');
  });

  it('unlocks after 30 seconds, with a fresh count', () => {
    const clock = manualClock();
    const lockout = createLockout({ now: clock.now });
    failTimes(lockout, 'BEN', 5);
    clock.advance(29_999);
    expect(lockout.lockedMessage('BEN')).not.toBeNull();
    clock.advance(1);
    expect(lockout.lockedMessage('BEN')).toBeNull();
    expect(failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(lockout.recordFailure('BEN')).toBe(LOCKED_BEN);
  });

  it('starts the count again after a success', () => {
    const lockout = createLockout({ now: manualClock().now });
    failTimes(lockout, 'BEN', 4);
    lockout.recordSuccess('BEN');
    expect(failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(lockout.lockedMessage('BEN')).toBeNull();
  });

  it('treats an ID the same whatever its case or surrounding spaces, and names it as typed', () => {
    const lockout = createLockout({ now: manualClock().now });
    lockout.recordFailure('ben');
    lockout.recordFailure('Ben');
    lockout.recordFailure(' BEN ');
    lockout.recordFailure('bEn');
    expect(lockout.recordFailure('ben')).toBe('Too many failed sign-ins for ben: try again in 30 seconds.');
    expect(lockout.lockedMessage('BEN')).toBe(LOCKED_BEN);
  });

  it('counts each ID on its own', () => {
    const lockout = createLockout({ now: manualClock().now });
    failTimes(lockout, 'BEN', 5);
    expect(lockout.lockedMessage('ANNA')).toBeNull();
    expect(lockout.recordFailure('ANNA')).toBeNull();
  });

  it('counts IDs that belong to nobody just the same', () => {
    const lockout = createLockout({ now: manualClock().now });
    expect(failTimes(lockout, 'NOBODY', 5)).toEqual([null, null, null, null,
      'Too many failed sign-ins for NOBODY: try again in 30 seconds.']);
    expect(lockout.lockedMessage('nobody')).toBe('Too many failed sign-ins for nobody: try again in 30 seconds.');
  });

  it('does not extend a lock for a failure that was already under way when it started', () => {
    const clock = manualClock();
    const lockout = createLockout({ now: clock.now });
    failTimes(lockout, 'BEN', 5);
    clock.advance(10_000);
    expect(lockout.recordFailure('BEN')).toBe('Too many failed sign-ins for BEN: try again in 20 seconds.');
    clock.advance(20_000);
    expect(lockout.lockedMessage('BEN')).toBeNull();
  });

  it('takes its limits from the options', () => {
    const clock = manualClock();
    const lockout = createLockout({ now: clock.now, maxFailures: 2, lockMs: 90_000 });
    expect(failTimes(lockout, 'BEN', 2)).toEqual([null, 'Too many failed sign-ins for BEN: try again in 90 seconds.']);
  });
});
