import type { DatabaseSync } from 'node:sqlite';
import { MIGRATION_STEPS } from './migration-steps.ts';
import { readInt } from './row-values.ts';
import { errorText, UserError } from '../errors.ts';
import { inTransaction } from './transaction.ts';

/** The user_version a database has once every migration step has run. */
export const LATEST_VERSION = MIGRATION_STEPS.length;

export function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return row === undefined ? 0 : readInt(row, 'user_version');
}

/**
 * Brings the database up to `target` (default: the latest version), one step per transaction, so a
 * step that fails leaves the database at the previous version with its data untouched.
 */
export function migrate(db: DatabaseSync, target: number = LATEST_VERSION): void {
  const current = userVersion(db);
  if (current > LATEST_VERSION) {
    throw new UserError(
      `The database was written by a newer version of Softphone Launcher (schema version ${current}; ` +
        `this version knows up to ${LATEST_VERSION}). Update the app to open it.`,
    );
  }
  for (let version = current + 1; version <= target; version += 1) {
    const step = MIGRATION_STEPS[version - 1];
    if (step === undefined) throw new UserError(`There is no database migration to version ${version}.`);
    try {
      inTransaction(db, () => {
        db.exec(step.sql);
        // PRAGMA takes no bound parameters; `version` is an integer from the loop, not user input.
        db.exec(`PRAGMA user_version = ${version}`);
      });
    } catch (error) {
      throw new UserError(`Upgrading the database to version ${version} (${step.description}) failed: ${errorText(error)}`);
    }
  }
}
