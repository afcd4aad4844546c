/**
 * A dial reads the operator's settings each time (an administrator's change applies at the next click),
 * but never waits on or fails because of the database: when a read fails, or has not answered within
 * `deadlineMs`, the copy last read is used. Only a first read with no copy yet can fail (or wait).
 */
export type LastRead = <T>(key: string, read: () => Promise<T>) => Promise<T>;

export const READ_DEADLINE_MS = 200;

export function createLastRead(deadlineMs = READ_DEADLINE_MS): LastRead {
  const copies = new Map<string, unknown>();
  return async <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const reading = read().then((value) => {
      copies.set(key, value);
      return value;
    });
    if (!copies.has(key)) return reading;
    const copy = copies.get(key) as T;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(copy), deadlineMs);
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
