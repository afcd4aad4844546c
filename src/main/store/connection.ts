import { DatabaseSync } from 'node:sqlite';
import { messageOf, StoreError } from './store-error.ts';

/**
 * Opens a connection to `softphone.db` with the settings every connection uses: WAL (readers never
 * block the one writer), foreign keys, and a busy timeout so a moment's write elsewhere (the app
 * while an import runs, or the reverse) delays this connection instead of failing it.
 */
export function openConnection(path: string): DatabaseSync {
  try {
    return new DatabaseSync(path, { timeout: 5000 });
  } catch (error) {
    throw new StoreError(`The database ${path} cannot be opened: ${messageOf(error)}`, { cause: error });
  }
}

export function configureConnection(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA synchronous = NORMAL');
}
