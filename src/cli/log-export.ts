import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { DB_FILE_NAME } from '../main/store/open-store.ts';
import { describeConnectFailure } from '../main/store/postgres/pg-connect-failure.ts';
import { schemaState } from '../main/store/postgres/pg-migrate.ts';
import { clientConfig } from '../main/store/postgres/pg-settings-url.ts';
import { StoreError } from '../main/store/store-error.ts';

/** One dial as `softphone log` exports it. */
export type ExportedDial = {
  readonly at: string;
  readonly operator: string;
  /** The debtor's file number where the dial log kept it, else empty. */
  readonly fileNumber: string;
  readonly number: string;
  readonly method: string;
  readonly result: string;
  readonly reason: string;
};

type Row = Record<string, unknown>;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function toDial(row: Row): ExportedDial {
  return {
    at: text(row.at),
    operator: text(row.operator_name),
    fileNumber: text(row.file_number),
    number: text(row.number),
    method: text(row.method),
    result: text(row.result),
    reason: text(row.reason),
  };
}

/** The dials since `since` (an ISO time; every row's `at` is one, so text order is time order), oldest first. */
export async function floorDials(url: string, since: string): Promise<{ location: string; dials: ExportedDial[] }> {
  const { location, ...config } = clientConfig({ url });
  const client = new pg.Client(config);
  try {
    await client.connect();
  } catch (error) {
    throw new StoreError(describeConnectFailure(error, config, location));
  }
  try {
    const state = await schemaState(client);
    if (state.kind !== 'softphone') throw new StoreError(`${location} is not a Softphone floor database: it has no dial log.`);
    const rows = await client.query(
      'SELECT at, operator_name, file_number, number, method, result, reason FROM dial_log WHERE at >= $1 ORDER BY at, id',
      [since],
    );
    return { location, dials: rows.rows.map(toDial) };
  } finally {
    await client.end();
  }
}

/** The same from a desk's softphone.db in `folder`, read-only. */
export function deskDials(folder: string, since: string): { location: string; dials: ExportedDial[] } {
  const path = join(folder, DB_FILE_NAME);
  if (!existsSync(path)) throw new StoreError(`There is no database at ${path}.`);
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const columns = db.prepare("SELECT name FROM pragma_table_info('dial_log')").all().map((row) => String(row.name));
    if (columns.length === 0) throw new StoreError(`${path} has no dial log.`);
    // A desk database keeps the file number only once its schema has the column.
    const fileNumber = columns.includes('file_number') ? 'file_number' : 'NULL AS file_number';
    const rows = db
      .prepare(`SELECT at, operator_name, ${fileNumber}, number, method, result, reason FROM dial_log WHERE at >= ? ORDER BY at, id`)
      .all(since);
    return { location: path, dials: rows.map(toDial) };
  } finally {
    db.close();
  }
}

const CSV_HEADER = ['when', 'operator', 'file_number', 'number', 'method', 'result', 'reason'];

/** RFC 4180: a value with a comma, quote or line break goes in quotes, quotes doubled. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function dialsAsCsv(dials: readonly ExportedDial[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const d of dials) lines.push([d.at, d.operator, d.fileNumber, d.number, d.method, d.result, d.reason].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function dialsAsJson(dials: readonly ExportedDial[]): string {
  return `${JSON.stringify(dials, null, 2)}\n`;
}
