import { UserError } from '../errors.ts';

/** A row as node:sqlite returns it. */
export type Row = Record<string, unknown>;

/*
 * Readers that check each column's type instead of casting: a schema mistake then fails loudly with
 * the column's name rather than leaking `undefined` into the UI.
 */
export function readInt(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(column, 'an integer', value);
  return value;
}

export function readText(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw wrongType(column, 'text', value);
  return value;
}

export function readTextOrNull(row: Row, column: string): string | null {
  return row[column] === null ? null : readText(row, column);
}

export function readIntOrNull(row: Row, column: string): number | null {
  return row[column] === null ? null : readInt(row, column);
}

function wrongType(column: string, expected: string, value: unknown): UserError {
  return new UserError(`The database column "${column}" should hold ${expected} but holds ${String(value)}.`);
}
