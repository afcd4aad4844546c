import type { LastRead } from './last-read.ts';

/**
 * The settings a dial reads (the operator, the allowed schemes, the dial plans, the call policy), kept in memory
 * while this desk hears the floor database's change notices (pg-notify.ts). A copy serves every dial until a
 * notice, or a write made on this desk, says a setting changed: an administrator's save on any desk reaches the
 * others in about 2 ms, so it applies at the next click there. The debtor's own read (call-check.ts) has copies
 * of its own, kept by stricter rules (calls/history-copies.ts).
 *
 * Without notices (SQLite, or the listening connection lost) each dial reads again, through `lastRead`, which
 * answers with the last copy when the database does not. A copy older than `maxAgeMs` still serves, and is read
 * again behind it: a notice lost without the connection noticing (a firewall dropping an idle connection) costs
 * at most that long.
 */
export type SettingsCopies = {
  /** For settings only: the debtor's facts and history must never come from here. */
  readonly read: LastRead;
  /** Any setting may have changed: the next read of each goes to the database. */
  clear(): void;
  /** Whether notices arrive. Either way the copies go: notices sent while the connection was down are lost. */
  setListening(up: boolean): void;
};

export const MAX_AGE_MS = 10_000;

type Copy = { readonly value: unknown; readonly at: number; refreshing: boolean };

export function createSettingsCopies(lastRead: LastRead, maxAgeMs = MAX_AGE_MS, clock: () => number = () => performance.now()): SettingsCopies {
  const copies = new Map<string, Copy>();
  let listening = false;
  // A read that began before a clear may carry the old value: it must not become the copy.
  let generation = 0;

  const fetch = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const began = generation;
    return lastRead(key, async () => {
      const value = await read();
      if (listening && generation === began) copies.set(key, { value, at: clock(), refreshing: false });
      return value;
    });
  };

  return {
    read: async <T>(key: string, read: () => Promise<T>): Promise<T> => {
      const copy = listening ? copies.get(key) : undefined;
      if (copy === undefined) return fetch(key, read);
      if (clock() - copy.at > maxAgeMs && !copy.refreshing) {
        copy.refreshing = true;
        fetch(key, read).catch(() => {
          copy.refreshing = false;
        });
      }
      return copy.value as T;
    },
    clear() {
      generation += 1;
      copies.clear();
    },
    setListening(up) {
      listening = up;
      generation += 1;
      copies.clear();
    },
  };
}
