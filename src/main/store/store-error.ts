/* How SQLite says what went wrong. The user-facing error itself is UserError (src/main/errors.ts). */

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CONSTRAINT = 19;
const SQLITE_NOTADB = 26;
const SQLITE_CONSTRAINT_FOREIGNKEY = 787;

/** node:sqlite puts SQLite's (extended) result code on `errcode`; the low byte is the primary code. */
function primaryCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return null;
  const code = error.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

/** True when SQLite says the file is not a database or its pages are damaged. */
export function isUnreadableFileError(error: unknown): boolean {
  const code = primaryCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

export function isConstraintError(error: unknown): boolean {
  return primaryCode(error) === SQLITE_CONSTRAINT;
}

/** SQLITE_CONSTRAINT_FOREIGNKEY: a row names a parent row that does not exist. */
export function isForeignKeyError(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return code === SQLITE_CONSTRAINT_FOREIGNKEY;
}

/** Another connection (an import, `softphone import`) holds the write lock: the app never waits for it. */
export function isBusyError(error: unknown): boolean {
  const code = primaryCode(error);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

export function isFullError(error: unknown): boolean {
  return primaryCode(error) === SQLITE_FULL;
}
