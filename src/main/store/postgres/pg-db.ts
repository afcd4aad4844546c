import type pg from 'pg';
import { StoreError } from '../store-error.ts';
import type { Row } from '../row-values.ts';

/** What a repository queries through: the pool, or the one pooled client of a transaction. */
export type Db = { query(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>> };

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

export function pgCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

export async function one(db: Db, text: string, values: unknown[] = []): Promise<Row | undefined> {
  return (await db.query(text, values)).rows[0];
}

export async function all(db: Db, text: string, values: unknown[] = []): Promise<Row[]> {
  return (await db.query(text, values)).rows;
}

export function readBool(row: Row, column: string): boolean {
  const value = row[column];
  if (typeof value !== 'boolean') throw new StoreError(`The database column "${column}" should hold true or false but holds ${String(value)}.`);
  return value;
}

/** The name order of the SQLite store (NOCASE): byte order after ASCII-only case folding. */
export const nameOrder = (column: string): string => `lower(${column} COLLATE "C") COLLATE "C"`;

export function checkLimit(what: string, limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new StoreError(`${what} limit must be a whole number of at least 1, not ${limit}.`);
}
