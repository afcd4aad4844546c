/**
 * Holds the app's own database writes back while an import holds the write lock. Without it, a
 * write on the app's connection (a dial-log row after each dial) during an import's write phase
 * waits, synchronously, for the import's COMMIT or ROLLBACK: the main thread stands still for that
 * long (about 1.5 s for 100,000 debtors). With it, the write is queued and done, in order, as
 * soon as the lock is free. Pass `setHeld` as importDebtorsInWorker's onWriteLock.
 */
export type WriteHold = {
  /** Runs `write` now, or once the import lets go of the lock. */
  run(write: () => void): void;
  setHeld(held: boolean): void;
  readonly held: boolean;
};

/** `onError` hears about a held-back write that failed when it finally ran. */
export function createWriteHold(onError: (error: unknown) => void): WriteHold {
  let held = false;
  const waiting: (() => void)[] = [];
  const runSafely = (write: () => void): void => {
    try {
      write();
    } catch (error) {
      onError(error);
    }
  };
  return {
    run(write) {
      if (held) waiting.push(write);
      else write();
    },
    setHeld(next) {
      held = next;
      if (!held) for (const write of waiting.splice(0)) runSafely(write);
    },
    get held() {
      return held;
    },
  };
}
