/** A store operation the caller asked for could not be done; the message says why, for a person. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;
const SQLITE_CONSTRAINT = 19;

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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
