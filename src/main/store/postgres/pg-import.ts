import { statSync } from 'node:fs';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createProgressReporter, type ProgressReporter } from '../../import/import-progress.ts';
import type { ImportOutcome } from '../../import/import-types.ts';
import { readDebtorFile, type ReadResult } from '../../import/read-debtor-file.ts';
import type { ImportRow } from '../../import/row-check.ts';
import type { StoreImportOptions } from '../contract.ts';
import { readInt, readText } from '../row-values.ts';
import { errorText, UserError } from '../../errors.ts';
import { searchDigits, searchName, searchWords } from './pg-search-text.ts';

/*
 * A debtor import on PostgreSQL: the same reading and row checks as SQLite's (src/main/import/), the
 * rows that pass streamed with COPY into a temporary staging table, then merged with a few set-wide
 * statements, all in one transaction on one pooled client. A cancel, a refusal or an error is a ROLLBACK:
 * the database is exactly as it was. PostgreSQL locks rows, not the database, so desks keep dialing and
 * searching meanwhile (StoreImportOptions.onWriteLock is never called).
 */

type FileCheck = { readonly ok: true; readonly size: number | null } | { readonly ok: false; readonly reason: string };

/** As import-debtors.ts checks it: the size for the progress bar (null for a pipe), or why it cannot be imported. */
function checkFile(path: string): FileCheck {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: `${path} is a folder, not a CSV file.` };
    return { ok: true, size: stat.isFile() ? stat.size : null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `There is no file at ${path}.` : `The file ${path} cannot be read: ${errorText(error)}` };
  }
}

/** COPY's text format: backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
}

function copyLine(row: ImportRow, ord: number): string {
  const phones = JSON.stringify(row.phones.map((p) => [p.label, p.number, p.digits]));
  const list = JSON.stringify(row.phones.map((p) => [p.label, p.number]));
  const cells = [
    String(ord), row.fileNumber, row.clientNumber, row.clientName, row.debtorName,
    searchName(row.debtorName), searchWords(row.debtorName), searchDigits(row.phones.map((p) => p.digits)), phones, list,
  ];
  // \N is COPY's NULL: the file has none of the call guard's columns.
  const call = row.call === undefined ? '\\N' : copyText(JSON.stringify(row.call));
  return `${[...cells.map(copyText), call].join('\t')}\n`;
}

const STAGING = `CREATE TEMP TABLE import_staging (
  ord integer NOT NULL, file_number text COLLATE "C" NOT NULL, client_number text COLLATE "C" NOT NULL,
  client_name text NOT NULL, debtor_name text NOT NULL, search_name text NOT NULL, search_words text NOT NULL, search_digits text NOT NULL,
  phones jsonb NOT NULL, phone_list jsonb NOT NULL, call_data jsonb
) ON COMMIT DROP`;

/** The import's time as the app writes times (ISO-8601, UTC, milliseconds): the date of the marks it sets. */
const NOW_TEXT = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The merge, in file order, as the SQLite writer does it row by row: a client's name is the last one the
 * file gives (a blank one keeps the stored name); a known file number updates that debtor; its phones are
 * replaced unless label and number already match one for one (then their ids, which desks may show, stay).
 */
const MERGE = [
  `INSERT INTO clients (number, name)
   SELECT DISTINCT ON (client_number) client_number, client_name FROM import_staging
   WHERE client_name <> '' ORDER BY client_number, ord DESC
   ON CONFLICT (number) DO UPDATE SET name = excluded.name WHERE clients.name <> excluded.name`,
  // Updates, then inserts: an INSERT … ON CONFLICT would use up an id for every updated debtor.
  // search_digits follows the phones the file gives, which replace the stored ones whenever they differ.
  `UPDATE debtors d SET client_id = c.id, name = s.debtor_name, search_name = s.search_name, search_words = s.search_words,
     search_digits = s.search_digits
   FROM import_staging s JOIN clients c ON c.number = s.client_number
   WHERE d.file_number = s.file_number AND (d.client_id, d.name, d.search_digits) IS DISTINCT FROM (c.id, s.debtor_name, s.search_digits)`,
  `INSERT INTO debtors (client_id, file_number, name, search_name, search_words, search_digits)
   SELECT c.id, s.file_number, s.debtor_name, s.search_name, s.search_words, s.search_digits
   FROM import_staging s JOIN clients c ON c.number = s.client_number
   WHERE NOT EXISTS (SELECT 1 FROM debtors d WHERE d.file_number = s.file_number) ORDER BY s.ord`,
  // The do-not-call marks of phones about to be replaced, by digits: a request outlives a new phone list.
  `CREATE TEMP TABLE import_phone_changes ON COMMIT DROP AS
   SELECT d.id AS debtor_id, s.ord, s.phones,
     (SELECT jsonb_object_agg(p.digits, jsonb_build_array(p.do_not_call_at, p.do_not_call_by)) FROM phones p
      WHERE p.debtor_id = d.id AND p.do_not_call_at IS NOT NULL) AS marks
   FROM import_staging s JOIN debtors d ON d.file_number = s.file_number
   WHERE s.phone_list IS DISTINCT FROM
     (SELECT jsonb_agg(jsonb_build_array(p.label, p.number) ORDER BY p.id) FROM phones p WHERE p.debtor_id = d.id)`,
  'DELETE FROM phones WHERE debtor_id IN (SELECT debtor_id FROM import_phone_changes)',
  `INSERT INTO phones (debtor_id, label, number, digits, do_not_call_at, do_not_call_by)
   SELECT c.debtor_id, x.e ->> 0, x.e ->> 1, x.e ->> 2, c.marks -> (x.e ->> 2) ->> 0, c.marks -> (x.e ->> 2) ->> 1
   FROM import_phone_changes c CROSS JOIN LATERAL jsonb_array_elements(c.phones) WITH ORDINALITY AS x (e, n)
   ORDER BY c.ord, x.n`,
  // The call guard's columns, as the SQLite writer sets them: a part the file has no column for is kept;
  // marks are only added, never lifted.
  `UPDATE debtors d SET
     timezone = CASE WHEN s.call_data ? 'timezone' THEN s.call_data ->> 'timezone' ELSE d.timezone END,
     state = CASE WHEN s.call_data ? 'state' THEN s.call_data ->> 'state' ELSE d.state END,
     zip = CASE WHEN s.call_data ? 'zip' THEN s.call_data ->> 'zip' ELSE d.zip END,
     do_not_call_at = CASE WHEN d.do_not_call_at IS NULL AND (s.call_data ->> 'doNotCall')::boolean THEN ${NOW_TEXT} ELSE d.do_not_call_at END,
     do_not_call_by = CASE WHEN d.do_not_call_at IS NULL AND (s.call_data ->> 'doNotCall')::boolean THEN 'import' ELSE d.do_not_call_by END
   FROM import_staging s WHERE d.file_number = s.file_number AND s.call_data IS NOT NULL`,
  `UPDATE phones p SET do_not_call_at = ${NOW_TEXT}, do_not_call_by = 'import'
   FROM import_staging s JOIN debtors d ON d.file_number = s.file_number
   WHERE p.debtor_id = d.id AND p.do_not_call_at IS NULL AND s.call_data IS NOT NULL AND s.call_data -> 'doNotCallDigits' ? p.digits`,
];

export async function importDebtorsPostgres(pool: pg.Pool, filePath: string, options: StoreImportOptions = {}): Promise<ImportOutcome> {
  const started = performance.now();
  const durationMs = (): number => Math.round(performance.now() - started);
  if (options.signal?.aborted === true) return { status: 'cancelled', rowsRead: 0, durationMs: durationMs() };
  const file = checkFile(filePath);
  if (!file.ok) return { status: 'failed', reason: file.reason };
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    return { status: 'failed', reason: `The floor database could not be reached: ${errorText(error)}` };
  }
  try {
    await client.query('BEGIN');
    const outcome = await importIn(client, filePath, createProgressReporter(options.onProgress, file.size), options, durationMs);
    await client.query(outcome.status === 'imported' ? 'COMMIT' : 'ROLLBACK');
    return outcome;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const reason = error instanceof UserError ? error.message : `The database could not be written: ${errorText(error)}`;
    return { status: 'failed', reason: `${reason} Nothing was imported.` };
  } finally {
    client.release();
  }
}

async function importIn(
  client: pg.PoolClient,
  filePath: string,
  progress: ProgressReporter,
  options: StoreImportOptions,
  durationMs: () => number,
): Promise<ImportOutcome> {
  const storedClients = new Set((await client.query('SELECT number FROM clients')).rows.map((row) => readText(row, 'number')));
  await client.query(STAGING);
  const read = await stageFile(client, filePath, { progress, storedClients, signal: options.signal });
  if (read.kind === 'cancelled') return { status: 'cancelled', rowsRead: read.rowsRead, durationMs: durationMs() };
  if (read.kind === 'refused') return { status: 'refused', reason: read.reason };
  if (read.kind === 'failed') return { status: 'failed', reason: read.reason };
  const cancelled = (): boolean => options.signal?.aborted === true;
  const state = (written: number) => () => ({ rowsRead: read.rowsRead, bytesRead: read.bytesRead, rowsWritten: written, rowsToWrite: read.validRows });
  progress.update('writing', state(0));
  const counts = (
    await client.query(
      `SELECT count(d.id)::int AS updated, (count(*) - count(d.id))::int AS inserted
       FROM import_staging s LEFT JOIN debtors d ON d.file_number = s.file_number`,
    )
  ).rows[0] ?? {};
  for (const sql of MERGE) {
    if (cancelled()) return { status: 'cancelled', rowsRead: read.rowsRead, durationMs: durationMs() };
    await client.query(sql);
  }
  progress.update('indexing', state(read.validRows));
  // The new rows' statistics now, not at autovacuum's next round: the search chooses its way by them (BROAD).
  await client.query('ANALYZE debtors, phones');
  if (cancelled()) return { status: 'cancelled', rowsRead: read.rowsRead, durationMs: durationMs() };
  return {
    status: 'imported',
    inserted: readInt(counts, 'inserted'),
    updated: readInt(counts, 'updated'),
    invalid: read.invalid,
    total: read.rowsRead,
    ignoredColumns: read.header.ignored,
    durationMs: durationMs(),
  };
}

const COPY_CHUNK_CHARS = 256 * 1024;

type StageOptions = { progress: ProgressReporter; storedClients: ReadonlySet<string>; signal: AbortSignal | undefined };

/** Reads and checks the file (read-debtor-file.ts), streaming every valid row into import_staging with COPY. */
async function stageFile(client: pg.PoolClient, filePath: string, options: StageOptions): Promise<ReadResult | { kind: 'failed'; reason: string }> {
  const copy = client.query(copyFrom('COPY import_staging FROM STDIN'));
  const copied = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
  });
  let ord = 0;
  // Rows go to COPY in chunks: a CopyData message (and a socket write) per row costs 10 times more.
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    copy.write(pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  let read: ReadResult | { kind: 'failed'; reason: string };
  try {
    read = await readDebtorFile(filePath, {
      ...options,
      keep: (row) => {
        ord += 1;
        const line = copyLine(row, ord);
        pending.push(line);
        pendingChars += line.length;
        if (pendingChars >= COPY_CHUNK_CHARS) flush();
      },
    });
    flush();
  } catch (error) {
    read = { kind: 'failed', reason: `The file ${filePath} cannot be read: ${errorText(error)}` };
  } finally {
    if (!copy.writableEnded) copy.end();
  }
  await copied;
  if (read.kind === 'read') await client.query('ANALYZE import_staging');
  return read;
}
