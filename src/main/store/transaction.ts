import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one write transaction: all of it is stored, or none of it. Called inside another
 * transaction it runs in a savepoint, so a step that composes others (first-run setup creates the
 * administrator and loads the sample data) stays all or nothing, and a failing inner part that the
 * outer one catches leaves none of its own writes behind.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return inSavepoint(db, work);
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function inSavepoint<T>(db: DatabaseSync, work: () => T): T {
  db.exec('SAVEPOINT nested');
  try {
    const result = work();
    db.exec('RELEASE nested');
    return result;
  } catch (error) {
    // SQLite may already have rolled the whole transaction back (disk full, for one).
    if (db.isTransaction) {
      db.exec('ROLLBACK TO nested');
      db.exec('RELEASE nested');
    }
    throw error;
  }
}
