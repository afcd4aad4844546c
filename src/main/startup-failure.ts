import { join } from 'node:path';
import { DB_FILE_NAME } from './store/open-store.ts';
import { messageOf } from './store/store-error.ts';

/** What the one start-up dialog says: a title, and a text that names the problem and the path. */
export type StartupFailure = { readonly title: string; readonly text: string };

const TITLE = 'Softphone Launcher cannot start';
const QUITS = 'Softphone Launcher will now quit.';

// SQLite's primary result codes (node:sqlite puts the extended code on `errcode`).
const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

type Cause = { readonly code: string | null; readonly sqlite: number | null; readonly path: string | null };

/** The error and the errors it wraps (StoreError keeps SQLite's or the file system's error as `cause`). */
function causes(error: unknown): Cause[] {
  const found: Cause[] = [];
  for (let current: unknown = error; typeof current === 'object' && current !== null && found.length < 10; ) {
    const record = current as { code?: unknown; errcode?: unknown; path?: unknown; cause?: unknown };
    found.push({
      code: typeof record.code === 'string' ? record.code : null,
      sqlite: typeof record.errcode === 'number' ? record.errcode & 0xff : null,
      path: typeof record.path === 'string' ? record.path : null,
    });
    current = record.cause;
  }
  return found;
}

function describe(error: unknown, dataDir: string): string {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const all = causes(error);
  const has = (test: (cause: Cause) => boolean): Cause | undefined => all.find(test);
  const path = (cause: Cause | undefined): string => cause?.path ?? dataDir;

  if (has((c) => c.code === 'EISDIR')) {
    return `${dbPath} is a folder, not a database file. Move or rename that folder (Softphone Launcher then starts a new database), and start the app again.`;
  }
  if (has((c) => c.sqlite === SQLITE_BUSY || c.sqlite === SQLITE_LOCKED)) {
    return `The database ${dbPath} is locked by another program (another copy of Softphone Launcher, or \`softphone import\`). Close that program and start the app again.`;
  }
  const denied = has((c) => c.code === 'EACCES' || c.code === 'EPERM');
  if (denied) return `Permission denied for ${path(denied)}. Give your user account write access to it and start the app again.`;
  const readOnlyDisk = has((c) => c.code === 'EROFS');
  if (readOnlyDisk) return `${path(readOnlyDisk)} is on a read-only disk. Softphone Launcher keeps its database there and must be able to write it.`;
  const full = has((c) => c.code === 'ENOSPC' || c.sqlite === SQLITE_FULL);
  if (full) return `The disk holding ${path(full)} is full. Free some space and start the app again.`;
  const notFolder = has((c) => c.code === 'ENOTDIR');
  if (notFolder) return `${path(notFolder)} cannot be created: a part of that path is a file, not a folder.`;
  if (has((c) => c.sqlite === SQLITE_CANTOPEN || c.sqlite === SQLITE_READONLY || c.sqlite === SQLITE_PERM)) {
    return `The database ${dbPath} cannot be created or opened for writing. Check that your user account may write to the folder ${dataDir}.`;
  }
  return `${messageOf(error)} (data folder: ${dataDir}).`;
}

/**
 * The dialog for an error thrown while the app starts (opening the database in `dataDir`, creating the
 * window): which problem, which path, and what the user can do about it.
 */
export function describeStartupFailure(error: unknown, dataDir: string): StartupFailure {
  return { title: TITLE, text: `${describe(error, dataDir)}\n\n${QUITS}` };
}
