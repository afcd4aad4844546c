import type { Repos, Store } from '../store/contract.ts';

/*
 * This desk's own writes drop the copies kept of what they wrote (dial/settings-copies.ts, calls/history-copies.ts)
 * as soon as they resolve; the floor's notices (floor-notices.ts) do the same for every other desk's writes.
 */

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
