import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * A database found damaged while the app had it open cannot be moved aside under its own connection.
 * This file beside it says so; the next start moves it aside (with the mark) as it does an unreadable file.
 */
export const DAMAGE_MARK_SUFFIX = '-damaged';

export function markDamaged(dbPath: string, problem: string): void {
  writeFileSync(dbPath + DAMAGE_MARK_SUFFIX, `${problem}\n`);
}

/** Why an earlier run found the database damaged, or null. */
export function damageMark(dbPath: string): string | null {
  const mark = dbPath + DAMAGE_MARK_SUFFIX;
  if (!existsSync(mark)) return null;
  try {
    return readFileSync(mark, 'utf8').trim() || 'an earlier integrity check failed';
  } catch {
    return 'an earlier integrity check failed';
  }
}
