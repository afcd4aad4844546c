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
  lockedMessage(code: string): string | null;
  /** Counts a failed sign-in: the lock message when this failure locked the ID, else null. */
  recordFailure(code: string): string | null;
  /** A correct password clears the count. */
  recordSuccess(code: string): void;
};

export type LockoutOptions = {
  /** Milliseconds, like Date.now; tests pass their own clock. */
  now?: () => number;
  maxFailures?: number;
  lockMs?: number;
};

type Entry = { failures: number; lockedUntil: number | null };

export function lockoutMessage(code: string, remainingMs: number): string {
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  return `Too many failed sign-ins for ${code.trim()}: try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

export function createLockout(options: LockoutOptions = {}): Lockout {
  const now = options.now ?? Date.now;
  const maxFailures = options.maxFailures ?? MAX_FAILED_SIGN_INS;
  const lockMs = options.lockMs ?? LOCKOUT_MS;
  const entries = new Map<string, Entry>();
  const keyOf = (code: string): string => code.trim().toLowerCase();

  /** The entry for `key` with an expired lock already lifted (the ID starts afresh). */
  const current = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry?.lockedUntil != null && now() >= entry.lockedUntil) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const prune = (): void => {
    for (const key of entries.keys()) {
      if (entries.size <= MAX_TRACKED_IDS) return;
      // Never drop a running lock: that would let a flood of made-up IDs unlock a real one.
      if (current(key)?.lockedUntil == null) entries.delete(key);
    }
  };

  return {
    lockedMessage(code) {
      const lockedUntil = current(keyOf(code))?.lockedUntil;
      return lockedUntil == null ? null : lockoutMessage(code, lockedUntil - now());
    },
    recordFailure(code) {
      const key = keyOf(code);
      const entry = current(key) ?? { failures: 0, lockedUntil: null };
      entry.failures += 1;
      // A failure that arrives while locked (it started before the lock) does not extend the lock.
      if (entry.lockedUntil === null && entry.failures >= maxFailures) entry.lockedUntil = now() + lockMs;
      entries.set(key, entry);
      if (entries.size > MAX_TRACKED_IDS) prune();
      return entry.lockedUntil === null ? null : lockoutMessage(code, entry.lockedUntil - now());
    },
    recordSuccess(code) {
      entries.delete(keyOf(code));
    },
  };
}
