/**
 * A dial reads the operator's settings each time (an administrator's change applies at the next click),
 * but never waits on or fails because of the database: when a read fails, or has not answered within
 * `deadlineMs`, the copy last read is used. Only a first read with no copy yet can fail (or wait).
 *
 * After a read failed or ran late, the database is suspect for `suspectMs`: reads that have a copy answer
 * with it at once (a floor host that swallows packets would otherwise cost every read the full deadline),
 * while the read still runs and refreshes the copy; the first read that answers in time ends the suspicion.
 */
export type LastRead = <T>(key: string, read: () => Promise<T>) => Promise<T>;

export const READ_DEADLINE_MS = 200;
export const SUSPECT_MS = 2000;

export function createLastRead(deadlineMs = READ_DEADLINE_MS, suspectMs = SUSPECT_MS, clock: () => number = () => performance.now()): LastRead {
  const copies = new Map<string, unknown>();
  let suspectUntil = -Infinity;
  return async <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const started = clock();
    const reading = read().then(
      (value) => {
        copies.set(key, value);
        if (clock() - started <= deadlineMs) suspectUntil = -Infinity;
        return value;
      },
      (error: unknown) => {
        suspectUntil = clock() + suspectMs;
        throw error;
      },
    );
    if (!copies.has(key)) return reading;
    const copy = copies.get(key) as T;
    if (started < suspectUntil) {
      reading.catch(() => undefined);
      return copy;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        suspectUntil = clock() + suspectMs;
        resolve(copy);
      }, deadlineMs);
      timer.unref();
    });
    try {
      return await Promise.race([reading.catch(() => copy), late]);
    } finally {
      clearTimeout(timer);
      reading.catch(() => undefined);
    }
  };
}
