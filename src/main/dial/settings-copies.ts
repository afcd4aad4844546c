import type { Repos, Store } from '../store/contract.ts';
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

const OPERATOR_WRITES = ['create', 'update', 'setPassword', 'setRole', 'setActive'] as const;
const SETTINGS_WRITES = ['setAllowedSchemes', 'setCallPolicy', 'setNumberPlan', 'setOperatorNumberPlan'] as const;
const DEBTOR_WRITES = ['setPhoneDoNotCall', 'setDebtorDoNotCall'] as const;

/** What a write made on this desk may have changed, for the copies kept of it. */
export type OwnWrites = {
  /** An operator or a setting. */
  readonly settings: () => void;
  /** A debtor, phone or client. */
  readonly debtors: () => void;
  /** A call to this debtor file (its outcome). */
  readonly file: (fileNumber: string | null) => void;
};

/** `method` of `repo`, calling `after` once it has written (and again if it fails: it may have half-written). */
function clearingAfter<R extends object>(repo: R, methods: readonly (keyof R)[], after: () => void): R {
  const wrapped = { ...repo } as Record<keyof R, unknown>;
  for (const method of methods) {
    const original = repo[method] as unknown as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = (...args: unknown[]) => original(...args).finally(after);
  }
  return wrapped as R;
}

function clearingRepos<R extends Repos>(repos: R, writes: OwnWrites, everything: () => void): R {
  const dialLog = repos.dialLog;
  return {
    ...repos,
    operators: clearingAfter(repos.operators, OPERATOR_WRITES, writes.settings),
    settings: clearingAfter(repos.settings, SETTINGS_WRITES, writes.settings),
    debtors: clearingAfter(repos.debtors, DEBTOR_WRITES, writes.debtors),
    dialLog: {
      ...dialLog,
      // Only that file's copies go: outcomes come after most calls, and the desk's other debtors have not changed.
      addOutcome: (outcome) => dialLog.addOutcome(outcome).then(
        (entry) => (writes.file(entry.fileNumber), entry),
        (error: unknown) => {
          writes.debtors();
          throw error;
        },
      ),
    },
    loadSampleData: () => repos.loadSampleData().finally(everything),
  };
}

/**
 * The store, with this desk's own writes clearing the copies kept of what they wrote as soon as they resolve (a
 * transaction's once it has committed, whatever it wrote), not only when their notice comes back a moment later.
 */
export function clearingOnWrites<S extends Store>(store: S, writes: OwnWrites): S {
  const everything = (): void => {
    writes.settings();
    writes.debtors();
  };
  return {
    ...clearingRepos(store, writes, everything),
    transaction: <T>(work: (tx: Repos) => Promise<T>) => store.transaction(work).finally(everything),
    importDebtors: (filePath, options) => store.importDebtors(filePath, options).finally(writes.debtors),
  };
}
