import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { damageMark } from './damage-mark.ts';
import { readText } from './row-values.ts';
import { isUnreadableFileError, messageOf, StoreError } from './store-error.ts';

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileCheck = { readonly readable: true } | { readonly readable: false; readonly reason: string };

function fileSize(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function startsWithSqliteHeader(path: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** Runs PRAGMA quick_check through a read-only connection. */
function quickCheck(path: string): FileCheck {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const result = readText(db.prepare('PRAGMA quick_check').get() ?? {}, 'quick_check');
    return result === 'ok' ? { readable: true } : { readable: false, reason: 'its integrity check found damaged pages' };
  } catch (error) {
    if (isUnreadableFileError(error)) return { readable: false, reason: messageOf(error) };
    throw new StoreError(`The database ${path} cannot be read: ${messageOf(error)}`, { cause: error });
  } finally {
    db?.close();
  }
}

/**
 * Whether an existing database file can be used, decided without changing it or its -wal file: a
 * read-write connection to a file that is not a database would delete a -wal file beside it when it
 * closes, and that -wal may hold the user's last changes. A missing or empty file is a new database.
 * A file the background integrity check marked damaged (damage-mark.ts) is not used again.
 */
export function checkDatabaseFile(path: string): FileCheck {
  const size = fileSize(path);
  if (size === null || size === 0) return { readable: true };
  const mark = damageMark(path);
  if (mark !== null) return { readable: false, reason: `the last integrity check found it damaged: ${mark}` };
  if (!startsWithSqliteHeader(path)) return { readable: false, reason: 'it is not a SQLite database file' };
  return quickCheck(path);
}
