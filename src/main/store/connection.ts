import { DatabaseSync } from 'node:sqlite';
import { errorText, UserError } from '../errors.ts';

/** How long an import's connection (a worker thread or the CLI, never the app's main thread) waits for the lock. */
export const IMPORT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a connection to `softphone.db`. `busyTimeoutMs` is how long a write waits for another
 * connection's write lock: 0 for the app's main-thread connection (a write that would wait fails at
 * once, and a dial-log row goes to the outbox instead), IMPORT_BUSY_TIMEOUT_MS for an import's.
 */
export function openConnection(path: string, busyTimeoutMs: number = IMPORT_BUSY_TIMEOUT_MS): DatabaseSync {
  try {
    return new DatabaseSync(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw new UserError(`The database ${path} cannot be opened: ${errorText(error)}`, { cause: error });
  }
}

export function configureConnection(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA synchronous = NORMAL');
}
