import type { DatabaseSync } from 'node:sqlite';
import { readInt, type Row } from './row-values.ts';
import { createStatementCache } from './statement-cache.ts';
import type { SyncLockoutsRepo } from './sync-repos.ts';

function lockedUntil(row: Row): number | null {
  return row['locked_until'] === null ? null : readInt(row, 'locked_until');
}

/** The sign-in lockout's counts (auth/lockout.ts decides what they mean). */
export function createLockoutsRepo(db: DatabaseSync): SyncLockoutsRepo {
  const prepared = createStatementCache(db);
  return {
    get(key) {
      const row = prepared('SELECT failures, locked_until FROM sign_in_failures WHERE key = ?').get(key);
      return row === undefined ? null : { failures: readInt(row, 'failures'), lockedUntil: lockedUntil(row) };
    },
    put(key, state) {
      prepared(
        `INSERT INTO sign_in_failures (key, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
           updated_at = excluded.updated_at`,
      ).run(key, state.failures, state.lockedUntil, Date.now());
    },
    clear(key) {
      prepared('DELETE FROM sign_in_failures WHERE key = ?').run(key);
    },
    prune(keep, nowMs) {
      prepared(
        `DELETE FROM sign_in_failures WHERE key IN (
           SELECT key FROM sign_in_failures WHERE locked_until IS NULL OR locked_until <= ?
           ORDER BY updated_at LIMIT max(0, (SELECT count(*) FROM sign_in_failures) - ?))`,
      ).run(nowMs, keep);
    },
  };
}
