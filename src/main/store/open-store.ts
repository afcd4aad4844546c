import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configureConnection, openConnection } from './connection.ts';
import { migrate, userVersion } from './migrations.ts';
import { moveAside } from './move-aside.ts';
import { checkDatabaseFile } from './check-database-file.ts';
import { seedDatabase } from './seed.ts';
import { createStore, type Store } from './store.ts';
import { messageOf, StoreError } from './store-error.ts';

export const DB_FILE_NAME = 'softphone.db';

export type OpenedStore = { store: Store; notices: string[] };
export type OpenStoreOptions = {
  /**
   * Fill a new database with the sample data (the default). The app passes false and lets the
   * first-run setup offer the sample data, which then calls store.loadSampleData().
   */
  seed?: boolean;
  now?: () => Date;
};

/**
 * Opens (or creates) `softphone.db` in the user-data folder, brings its schema up to date and, when
 * the database is new and `seed` is not false, fills it with the sample data. A file that is not a readable database is moved
 * aside, never deleted, and a fresh one takes its place; `notices` tells the user where the old one went.
 */
export function openStore(userDataDir: string, options: OpenStoreOptions = {}): OpenedStore {
  const now = options.now ?? (() => new Date());
  const path = join(userDataDir, DB_FILE_NAME);
  const notices: string[] = [];
  mkdirSync(userDataDir, { recursive: true });

  const check = checkDatabaseFile(path);
  if (!check.readable) {
    const movedTo = moveAside(path, now());
    notices.push(
      `The database ${path} could not be read (${check.reason}), so it was moved to ${movedTo} ` +
        'and a new database was started.',
    );
  }

  const db = openConnection(path);
  try {
    configureConnection(db);
    const isNew = userVersion(db) === 0;
    migrate(db);
    if (isNew && options.seed !== false) seedDatabase(db, now);
  } catch (error) {
    db.close();
    throw error instanceof StoreError ? error : new StoreError(`The database ${path} could not be prepared: ${messageOf(error)}`, { cause: error });
  }
  return { store: createStore(db, path, now), notices };
}

