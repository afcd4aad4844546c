import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One SQLite connection has one transaction at a time, and everything run on it while a transaction is
 * open joins that transaction. An asynchronous transaction lets other work run between its steps, so
 * the gate keeps them apart: a transaction has the connection to itself from BEGIN to COMMIT, and a call
 * made meanwhile (a dial-log row, a search) waits for it, in order. With nothing queued, a call runs at once.
 */
export type ConnectionGate = {
  /** Runs `work` (synchronous) once no transaction holds the connection. */
  run<T>(work: () => T): Promise<T>;
  /** Runs `work` with the connection to itself: for a transaction. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
};

export const CALLED_INSIDE_TRANSACTION =
  'A store call was made inside store.transaction through the store itself: use the transaction\'s repositories (tx), ' +
  'or it would wait for its own transaction to end.';

export function createConnectionGate(): ConnectionGate {
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const inside = new AsyncLocalStorage<true>();

  const refuseInside = (): void => {
    if (inside.getStore() === true) throw new Error(CALLED_INSIDE_TRANSACTION);
  };
  const enqueue = <T>(job: () => Promise<T> | T): Promise<T> => {
    queued += 1;
    const result = tail.then(job);
    const done = (): void => {
      queued -= 1;
    };
    tail = result.then(done, done);
    return result;
  };

  return {
    run(work) {
      try {
        refuseInside();
        if (queued === 0) return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return enqueue(work);
    },
    exclusive(work) {
      try {
        refuseInside();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return enqueue(() => inside.run(true, work));
    },
  };
}
