import type { DatabaseSync } from 'node:sqlite';
import { readText } from './row-values.ts';
import { UserError } from '../errors.ts';

/*
 * The search indexes during an import: their triggers set aside, then the index entries for
 * everything the import changed added and removed in a few set-wide statements.
 */

/**
 * The search-index triggers of migration step 2. Fired once per row, they made an import of 100,000
 * debtors with 300,000 phones take 13 s (measured); the same index entries added with one statement
 * per index take under half a second. So an import drops them, keeps the indexes itself, and puts
 * them back, all inside its transaction: a cancel or a crash leaves them exactly as they were.
 */
export const SEARCH_TRIGGERS = [
  'debtors_search_insert', 'debtors_search_delete', 'debtors_search_update',
  'phones_search_insert', 'phones_search_delete', 'phones_search_update',
] as const;

export type Trigger = { readonly name: string; readonly sql: string };

/** Drops the search triggers and returns their SQL, to be run again once the indexes are up to date. */
export function dropSearchTriggers(db: DatabaseSync): Trigger[] {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(SEARCH_TRIGGERS));
  const triggers = rows.map((row) => ({ name: readText(row, 'name'), sql: readText(row, 'sql') }));
  const missing = SEARCH_TRIGGERS.filter((name) => !triggers.some((t) => t.name === name));
  if (missing.length > 0) {
    throw new UserError(`The database lacks the search trigger(s) ${missing.join(', ')}; it was not created by this app.`);
  }
  // The names come from SEARCH_TRIGGERS above, never from input.
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  return triggers;
}

/** What the search indexes need once all rows are written: old entries to remove, rows to add. */
export type IndexWork = {
  oldNames: [number, string][];
  oldDigits: [number, string][];
  debtorIds: number[];
  phoneIds: number[];
};

/** Set-wide index maintenance: one statement per index and kind, whatever the number of rows. */
export function updateSearchIndexes(db: DatabaseSync, work: IndexWork): void {
  const removeNames = (table: string): void => {
    db.prepare(`INSERT INTO ${table} (${table}, rowid, name) SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)`)
      .run(JSON.stringify(work.oldNames));
  };
  const addNames = (table: string): void => {
    db.prepare(`INSERT INTO ${table} (rowid, name) SELECT id, name FROM debtors WHERE id IN (SELECT value FROM json_each(?))`)
      .run(JSON.stringify(work.debtorIds));
  };
  // Old entries first: a replaced phone's rowid may be reused by a new phone.
  removeNames('debtor_name_words');
  removeNames('debtor_name_grams');
  db.prepare(`INSERT INTO phone_digit_grams (phone_digit_grams, rowid, digits) SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)`)
    .run(JSON.stringify(work.oldDigits));
  addNames('debtor_name_words');
  addNames('debtor_name_grams');
  db.prepare('INSERT INTO phone_digit_grams (rowid, digits) SELECT id, digits FROM phones WHERE id IN (SELECT value FROM json_each(?))')
    .run(JSON.stringify(work.phoneIds));
}
