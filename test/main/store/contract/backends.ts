import type { Store } from '../../../../src/main/store/contract.ts';
import { createTestDatabase } from '../../../support/postgres-database.ts';
import { openPg } from '../postgres/pg-test-store.ts';
import { openIn, tempDir } from '../temp-store.ts';

/**
 * The store contract (src/main/store/contract.ts) is tested once, against every backend in BACKENDS:
 * each suite in this folder runs its cases for each of them. A backend opens real databases.
 */
export type BackendUnderTest = {
  readonly name: string;
  /** A new database (with the sample data when `seed` is true), closed and removed after the test. */
  fresh(options?: { seed?: boolean }): Promise<Store>;
  /** Closes `store` and opens the same database again: an app restart. */
  reopen(store: Store): Promise<Store>;
};

const sqliteDirs = new WeakMap<Store, string>();

export const SQLITE: BackendUnderTest = {
  name: 'SQLite',
  async fresh(options = {}) {
    const dir = tempDir();
    const { store } = openIn(dir, { seed: options.seed ?? true });
    sqliteDirs.set(store, dir);
    return store;
  },
  async reopen(store) {
    const dir = sqliteDirs.get(store);
    if (dir === undefined) throw new Error('That store was not opened by this backend.');
    await store.close();
    const { store: reopened } = openIn(dir, { seed: false });
    sqliteDirs.set(reopened, dir);
    return reopened;
  },
};

const pgUrls = new WeakMap<Store, string>();

/** A database of its own per test on the run's real server (test/support/postgres-server.ts), dropped after the file. */
export const POSTGRES: BackendUnderTest = {
  name: 'PostgreSQL',
  async fresh(options = {}) {
    const url = await createTestDatabase('contract');
    const store = await openPg(url, { seed: options.seed ?? true });
    pgUrls.set(store, url);
    return store;
  },
  async reopen(store) {
    const url = pgUrls.get(store);
    if (url === undefined) throw new Error('That store was not opened by this backend.');
    await store.close();
    const reopened = await openPg(url, { seed: false });
    pgUrls.set(reopened, url);
    return reopened;
  },
};

/** Every backend the contract suites run against. */
export const BACKENDS: readonly BackendUnderTest[] = [SQLITE, POSTGRES];
