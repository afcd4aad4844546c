import type { AuditLogRepo, DebtorsRepo, DialLogRepo, LockoutsRepo, OperatorsRepo, SettingsRepo } from './contract.ts';

/*
 * node:sqlite is synchronous: the SQLite repositories are written as plain functions over one
 * connection, and store.ts makes them the contract's asynchronous ones.
 */

/** `R` with every method returning its value instead of a promise of it. */
export type Synchronous<R> = {
  [K in keyof R]: R[K] extends (...args: infer A) => Promise<infer T> ? (...args: A) => T : R[K];
};

export type SyncOperatorsRepo = Synchronous<OperatorsRepo>;
export type SyncAuditLogRepo = Synchronous<AuditLogRepo>;
export type SyncDebtorsRepo = Synchronous<DebtorsRepo>;
export type SyncDialLogRepo = Synchronous<DialLogRepo>;
export type SyncSettingsRepo = Synchronous<SettingsRepo>;
export type SyncLockoutsRepo = Synchronous<LockoutsRepo>;

/** The asynchronous face of a synchronous repository: each call goes through `run`. */
export function asAsync<R extends object>(sync: Synchronous<R>, run: <T>(work: () => T) => Promise<T>): R {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(sync)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => run(() => (method as (...a: unknown[]) => unknown)(...args));
  }
  return wrapped as R;
}
