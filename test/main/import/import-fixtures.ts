import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ImportOutcome, ImportSummary } from '../../../src/main/import/import-types.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { openIn, tempDir } from '../store/temp-store.ts';

export const HEADER = 'file_number,client_number,client_name,debtor_name,phone_home,phone_work,phone_mobile';

/** A fresh database without sample data, and the app's store over it. Cleaned up after the test. */
export function emptyDatabase(): { dir: string; dbPath: string; store: Store } {
  const dir = tempDir();
  const { store } = openIn(dir, { seed: false });
  return { dir, dbPath: store.location, store };
}

/** Writes `text` byte for byte (no line ends added) and returns the path. */
export function csvFile(dir: string, text: string | Buffer, name = 'debtors.csv'): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** `count` valid rows, one client, phones 555-01xx: for imports that need bulk rather than detail. */
export function manyRows(count: number, firstFile = 1000): string {
  const rows = [HEADER];
  for (let i = 0; i < count; i += 1) {
    rows.push(`${firstFile + i},77,Acme Collections,Debtor ${i},212-555-${String(i % 10_000).padStart(4, '0')},,`);
  }
  return `${rows.join('\n')}\n`;
}

export function expectImported(outcome: ImportOutcome): ImportSummary {
  if (outcome.status !== 'imported') throw new Error(`Expected the import to succeed, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/**
 * Everything the database holds, read through a connection of its own: every table (the search
 * indexes' own tables included, so their bytes too) row by row, and the schema's SQL. Two
 * snapshots are equal when the content is.
 */
export function snapshot(dbPath: string): Record<string, unknown> {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name`)
      .all()
      .map((row) => String(row.name));
    const content: Record<string, unknown> = {};
    for (const table of tables) content[table] = db.prepare(`SELECT * FROM "${table}"`).all();
    content.schema = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    return content;
  } finally {
    db.close();
  }
}

/** FTS5's own check that each search index matches the rows it indexes; throws when it does not. */
export function checkSearchIndexes(dbPath: string): void {
  const db = new DatabaseSync(dbPath);
  try {
    for (const table of ['debtor_name_words', 'debtor_name_grams', 'phone_digit_grams']) {
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    }
  } finally {
    db.close();
  }
}

export function count(dbPath: string, table: string): number {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return Number(db.prepare(`SELECT count(*) AS n FROM "${table}"`).get()?.n);
  } finally {
    db.close();
  }
}
