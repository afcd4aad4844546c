import type { LockoutsRepo, SignInFailures } from '../store/contract.ts';

/**
 * Slows password guessing: after MAX_FAILED_SIGN_INS failures in a row for one operator ID, that ID
 * is locked for LOCKOUT_MS. IDs compare ignoring case, as operator codes do. IDs that belong to no
 * operator are counted the same way, so probing for IDs is slowed too and the lockout itself does not
 * tell anyone which IDs exist.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 30_000;

/** Enough for every real operator; only someone probing made-up IDs could fill it. */
const MAX_TRACKED_IDS = 10_000;

export type Lockout = {
  /** The message saying `code` is locked out, or null when it may try now. */
  lockedMessage(code: string): Promise<string | null>;
  /** Counts a failed sign-in: the lock message when this failure locked the ID, else null. */
  recordFailure(code: string): Promise<string | null>;
  /** A correct password clears the count. */
  recordSuccess(code: string): Promise<void>;
};

export type LockoutOptions = {
  /** Where the counts are kept: the store's, so a restart does not forget them. */
  repo: LockoutsRepo;
  /** Milliseconds, like Date.now; tests pass their own clock. */
  now?: () => number;
  maxFailures?: number;
  lockMs?: number;
};

export function lockoutMessage(code: string, remainingMs: number): string {
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  return `Too many failed sign-ins for ${code.trim()}: try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

export function createLockout(options: LockoutOptions): Lockout {
  const { repo } = options;
  const now = options.now ?? Date.now;
  const maxFailures = options.maxFailures ?? MAX_FAILED_SIGN_INS;
  const lockMs = options.lockMs ?? LOCKOUT_MS;
  const keyOf = (code: string): string => code.trim().toLowerCase();

  /** The entry for `key` with an expired lock already lifted (the ID starts afresh). */
  const current = async (key: string): Promise<SignInFailures | null> => {
    const entry = await repo.get(key);
    if (entry?.lockedUntil != null && now() >= entry.lockedUntil) {
      await repo.clear(key);
      return null;
    }
    return entry;
  };

  return {
    async lockedMessage(code) {
      const lockedUntil = (await current(keyOf(code)))?.lockedUntil;
      return lockedUntil == null ? null : lockoutMessage(code, lockedUntil - now());
    },
    async recordFailure(code) {
      const key = keyOf(code);
      const entry = (await current(key)) ?? { failures: 0, lockedUntil: null };
      const failures = entry.failures + 1;
      // A failure that arrives while locked (it started before the lock) does not extend the lock.
      const lockedUntil = entry.lockedUntil === null && failures >= maxFailures ? now() + lockMs : entry.lockedUntil;
      await repo.put(key, { failures, lockedUntil });
      // Never drops a running lock: a flood of made-up IDs must not unlock a real one.
      await repo.prune(MAX_TRACKED_IDS, now());
      return lockedUntil === null ? null : lockoutMessage(code, lockedUntil - now());
    },
    async recordSuccess(code) {
      await repo.clear(keyOf(code));
    },
  };
}
