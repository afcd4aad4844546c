import { describe, expect, it } from 'vitest';
import { createLockout, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../src/main/auth/lockout.ts';
import { freshStore, openIn, tempDir } from '../store/temp-store.ts';

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const LOCKED_BEN = 'Too many failed sign-ins for BEN: try again in 30 seconds.';

async function failTimes(lockout: ReturnType<typeof createLockout>, code: string, times: number): Promise<(string | null)[]> {
  const messages: (string | null)[] = [];
  for (let i = 0; i < times; i += 1) messages.push(await lockout.recordFailure(code));
  return messages;
}

describe('sign-in lockout', () => {
  it('locks an ID for 30 seconds after 5 failures, and says so', async () => {
    expect([MAX_FAILED_SIGN_INS, LOCKOUT_MS]).toEqual([5, 30_000]);
    const clock = manualClock();
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: clock.now });
    expect(await failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(await lockout.lockedMessage('BEN')).toBeNull();
    expect(await lockout.recordFailure('BEN')).toBe(LOCKED_BEN);
    expect(await lockout.lockedMessage('BEN')).toBe(LOCKED_BEN);
  });

  it('counts down the seconds left', async () => {
    const clock = manualClock();
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: clock.now });
    await failTimes(lockout, 'BEN', 5);
    clock.advance(12_400);
    expect(await lockout.lockedMessage('BEN')).toBe('Too many failed sign-ins for BEN: try again in 18 seconds.');
    clock.advance(17_000);
    expect(await lockout.lockedMessage('BEN')).toBe('Too many failed sign-ins for BEN: try again in 1 second.');
  });

  it('unlocks after 30 seconds, with a fresh count', async () => {
    const clock = manualClock();
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: clock.now });
    await failTimes(lockout, 'BEN', 5);
    clock.advance(29_999);
    expect(await lockout.lockedMessage('BEN')).not.toBeNull();
    clock.advance(1);
    expect(await lockout.lockedMessage('BEN')).toBeNull();
    expect(await failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(await lockout.recordFailure('BEN')).toBe(LOCKED_BEN);
  });

  it('starts the count again after a success', async () => {
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: manualClock().now });
    await failTimes(lockout, 'BEN', 4);
    await lockout.recordSuccess('BEN');
    expect(await failTimes(lockout, 'BEN', 4)).toEqual([null, null, null, null]);
    expect(await lockout.lockedMessage('BEN')).toBeNull();
  });

  it('treats an ID the same whatever its case or surrounding spaces, and names it as typed', async () => {
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: manualClock().now });
    await lockout.recordFailure('ben');
    await lockout.recordFailure('Ben');
    await lockout.recordFailure(' BEN ');
    await lockout.recordFailure('bEn');
    expect(await lockout.recordFailure('ben')).toBe('Too many failed sign-ins for ben: try again in 30 seconds.');
    expect(await lockout.lockedMessage('BEN')).toBe(LOCKED_BEN);
  });

  it('counts each ID on its own', async () => {
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: manualClock().now });
    await failTimes(lockout, 'BEN', 5);
    expect(await lockout.lockedMessage('ANNA')).toBeNull();
    expect(await lockout.recordFailure('ANNA')).toBeNull();
  });

  it('counts IDs that belong to nobody just the same', async () => {
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: manualClock().now });
    expect(await failTimes(lockout, 'NOBODY', 5)).toEqual([null, null, null, null,
      'Too many failed sign-ins for NOBODY: try again in 30 seconds.']);
    expect(await lockout.lockedMessage('nobody')).toBe('Too many failed sign-ins for nobody: try again in 30 seconds.');
  });

  it('does not extend a lock for a failure that was already under way when it started', async () => {
    const clock = manualClock();
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: clock.now });
    await failTimes(lockout, 'BEN', 5);
    clock.advance(10_000);
    expect(await lockout.recordFailure('BEN')).toBe('Too many failed sign-ins for BEN: try again in 20 seconds.');
    clock.advance(20_000);
    expect(await lockout.lockedMessage('BEN')).toBeNull();
  });

  it('takes its limits from the options', async () => {
    const clock = manualClock();
    const lockout = createLockout({ repo: freshStore({ seed: false }).lockouts, now: clock.now, maxFailures: 2, lockMs: 90_000 });
    expect(await failTimes(lockout, 'BEN', 2)).toEqual([null, 'Too many failed sign-ins for BEN: try again in 90 seconds.']);
  });
});

describe('the lockout across a restart', () => {
  it('keeps the count and the lock in the database: a restarted app still refuses the locked ID', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const first = openIn(dir, { seed: false }).store;
    expect(await failTimes(createLockout({ repo: first.lockouts, now: clock.now }), 'BEN', 3)).toEqual([null, null, null]);
    await first.close();

    const second = openIn(dir, { seed: false }).store;
    const restarted = createLockout({ repo: second.lockouts, now: clock.now });
    expect(await failTimes(restarted, 'BEN', 2)).toEqual([null, LOCKED_BEN]);
    await second.close();

    clock.advance(10_000);
    const third = openIn(dir, { seed: false }).store;
    expect(await createLockout({ repo: third.lockouts, now: clock.now }).lockedMessage('BEN')).toBe(
      'Too many failed sign-ins for BEN: try again in 20 seconds.',
    );
  });
});
