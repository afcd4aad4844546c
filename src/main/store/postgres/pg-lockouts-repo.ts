import type { LockoutsRepo } from '../contract.ts';
import { readInt, type Row } from '../row-values.ts';
import { one, type Db } from './pg-db.ts';

// BIGINT columns arrive as text from pg: milliseconds since the epoch fit a double exactly.
const lockedUntil = (row: Row): number | null => (row['locked_until'] === null ? null : Number(row['locked_until']));

/** The sign-in lockout's counts on the floor database: a lock set on one desk holds on every desk. */
export function createPgLockoutsRepo(db: Db): LockoutsRepo {
  return {
    async get(key) {
      const row = await one(db, 'SELECT failures, locked_until FROM sign_in_failures WHERE key = $1', [key]);
      return row === undefined ? null : { failures: readInt(row, 'failures'), lockedUntil: lockedUntil(row) };
    },
    async put(key, state) {
      await db.query(
        `INSERT INTO sign_in_failures (key, failures, locked_until, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
           updated_at = excluded.updated_at`,
        [key, state.failures, state.lockedUntil, Date.now()],
      );
    },
    async clear(key) {
      await db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
    },
    async prune(keep, nowMs) {
      await db.query(
        `DELETE FROM sign_in_failures WHERE key IN (
           SELECT key FROM sign_in_failures WHERE locked_until IS NULL OR locked_until <= $1
           ORDER BY updated_at LIMIT greatest(0, (SELECT count(*) FROM sign_in_failures) - $2))`,
        [nowMs, keep],
      );
    },
  };
}
