import type { Repos, Store } from '../store/contract.ts';
import type { LastRead } from './last-read.ts';

/**
 * The settings a dial reads (the operator, the allowed schemes, the dial plans, the call policy), kept in memory
 * while this desk hears the floor database's change notices (pg-notify.ts). A copy serves every dial until a
 * notice, or a write made on this desk, says a setting changed: an administrator's save on any desk reaches the
 * others in about 2 ms, so it applies at the next click there, and a dial's only read before the send is the
 * debtor's own (call-check.ts), which is never a copy.
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

const OPERATOR_WRITES = ['create', 'update', 'setPassword', 'setRole', 'setActive'] as const;
const SETTINGS_WRITES = ['setAllowedSchemes', 'setCallPolicy', 'setNumberPlan', 'setOperatorNumberPlan'] as const;

/** `method` of `repo`, clearing the copies once it has written (and again if it fails: it may have half-written). */
function clearingAfter<R extends object>(repo: R, methods: readonly (keyof R)[], clear: () => void): R {
  const wrapped = { ...repo } as Record<keyof R, unknown>;
  for (const method of methods) {
    const original = repo[method] as unknown as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = (...args: unknown[]) => original(...args).finally(clear);
  }
  return wrapped as R;
}

function clearingRepos<R extends Pick<Repos, 'operators' | 'settings' | 'loadSampleData'>>(repos: R, clear: () => void): R {
  return {
    ...repos,
    operators: clearingAfter(repos.operators, OPERATOR_WRITES, clear),
    settings: clearingAfter(repos.settings, SETTINGS_WRITES, clear),
    loadSampleData: () => repos.loadSampleData().finally(clear),
  };
}

/**
 * The store, with this desk's own writes of operators and settings clearing the copies as soon as they resolve
 * (a transaction's once it has committed), not only when their notice comes back a moment later.
 */
export function clearingOnWrites<S extends Store>(store: S, copies: Pick<SettingsCopies, 'clear'>): S {
  const clear = (): void => copies.clear();
  return {
    ...clearingRepos(store, clear),
    transaction: <T>(work: (tx: Repos) => Promise<T>) => store.transaction(work).finally(clear),
  };
}
