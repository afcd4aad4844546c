import type { DatabaseSync } from 'node:sqlite';
import { UserError } from '../errors.ts';
import { importDebtorsInWorker, type CreateImportWorker } from '../import/import-in-worker.ts';
import { createAuditLogRepo } from './audit-log-repo.ts';
import { createConnectionGate } from './connection-gate.ts';
import type { Repos, Store } from './contract.ts';
import { createDebtorsRepo } from './debtors-repo.ts';
import { createDialLogRepo } from './dial-log-repo.ts';
import { createLockoutsRepo } from './lockouts-repo.ts';
import { createOperatorsRepo } from './operators-repo.ts';
import { loadSampleData } from './seed.ts';
import { createSettingsRepo } from './settings-repo.ts';
import { isBusyError } from './store-error.ts';
import { asAsync } from './sync-repos.ts';

export type SqliteStoreOptions = {
  readonly now: () => Date;
  /** The Electron build's bundled import worker; elsewhere src/main/import/import-worker.ts runs as it is. */
  readonly createImportWorker?: CreateImportWorker | undefined;
};

/** The sentence for SQLITE_BUSY: the app never waits for another connection's write lock. */
export function busyMessage(path: string): string {
  return `The database ${path} is busy: another program (an import?) is writing to it. Try again in a moment.`;
}

/** Composes the SQLite repositories over one open, migrated connection into the store contract. */
export function createStore(db: DatabaseSync, path: string, options: SqliteStoreOptions): Store {
  const gate = createConnectionGate();
  const sync = {
    operators: createOperatorsRepo(db, options.now),
    debtors: createDebtorsRepo(db),
    dialLog: createDialLogRepo(db),
    settings: createSettingsRepo(db),
    audit: createAuditLogRepo(db),
    lockouts: createLockoutsRepo(db),
  };
  const explainBusy = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw isBusyError(error) ? new UserError(busyMessage(path)) : error;
    }
  };
  const reposOver = (run: <T>(work: () => T) => Promise<T>): Repos => ({
    operators: asAsync(sync.operators, run),
    debtors: asAsync(sync.debtors, run),
    dialLog: asAsync(sync.dialLog, run),
    settings: asAsync(sync.settings, run),
    audit: asAsync(sync.audit, run),
    lockouts: asAsync(sync.lockouts, run),
    loadSampleData: () => run(() => loadSampleData(db, options.now)),
  });
  // Inside a transaction the gate is already held: tx's calls run straight on the connection.
  const tx = reposOver(async (work) => explainBusy(work));

  return {
    backend: 'sqlite',
    location: path,
    ...reposOver((work) => gate.run(() => explainBusy(work))),
    transaction: (work) =>
      gate.exclusive(async () => {
        explainBusy(() => db.exec('BEGIN IMMEDIATE'));
        try {
          const result = await work(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    importDebtors: (filePath, importOptions = {}) =>
      importDebtorsInWorker(path, filePath, { ...importOptions, createWorker: options.createImportWorker }),
    close: () =>
      gate.run(() => {
        if (db.isOpen) db.close();
      }),
  };
}
