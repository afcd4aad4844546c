import { existsSync, renameSync } from 'node:fs';
import { DAMAGE_MARK_SUFFIX } from './damage-mark.ts';

/** The files SQLite keeps beside a database, and the app's damage mark: they belong to it and move with it. */
const SIDE_FILES = ['-wal', '-shm', '-journal', DAMAGE_MARK_SUFFIX];

/** `2025-03-04T10-20-30Z`: sortable, and legal in file names on every platform. */
function fileStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
}

function freeName(base: string): string {
  let candidate = base;
  for (let n = 2; [candidate, ...SIDE_FILES.map((s) => candidate + s)].some((p) => existsSync(p)); n += 1) {
    candidate = `${base}-${n}`;
  }
  return candidate;
}

/**
 * Renames an unreadable database (and its -wal/-shm files) to `<file>.corrupt-<timestamp>` in the
 * same folder and returns the new path. Never deletes: the user or support may still recover it.
 */
export function moveAside(dbPath: string, at: Date): string {
  const target = freeName(`${dbPath}.corrupt-${fileStamp(at)}`);
  renameSync(dbPath, target);
  for (const suffix of SIDE_FILES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  }
  return target;
}
