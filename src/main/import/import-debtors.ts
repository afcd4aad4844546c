import { statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { openImportConnection, storedClientNumbers } from '../store/import-repo.ts';
import { createImportStaging, type ImportStaging } from '../store/import-staging.ts';
import { errorText, fileErrorText, UserError } from '../errors.ts';
import { createProgressReporter, type ProgressReporter } from './import-progress.ts';
import type { ImportOptions, ImportOutcome } from './import-types.ts';
import { readDebtorFile, type FileRead, type ReadOptions, type ReadResult } from './read-debtor-file.ts';
import { writeDebtors, type RowSource } from './write-debtors.ts';

type FileCheck = { readonly ok: true; readonly size: number | null } | { readonly ok: false; readonly reason: string };

/** The file's size for the progress bar (null for a pipe), or why it cannot be imported. */
function checkFile(path: string): FileCheck {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: `${path} is a folder, not a CSV file.` };
    return { ok: true, size: stat.isFile() ? stat.size : null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `There is no file at ${path}.` };
    return { ok: false, reason: fileErrorText(error, path) ?? `The file ${path} cannot be read: ${errorText(error)}` };
  }
}

/**
 * Imports a debtor CSV into the database at `dbPath` through a connection of its own, in two phases:
 * read and check the whole file (streamed; valid rows are staged in a temporary table, nothing is
 * written to the database and no lock is held), then write every valid row in one transaction.
 * Never throws: every ending is an ImportOutcome, and only 'imported' changed the database.
 *
 * This runs in the calling thread. In the app, run it in a worker (importDebtorsInWorker): the
 * write phase holds the database's write lock, and a write from the app's own connection in the
 * same thread would wait for a transaction that cannot go on while it waits.
 */
export async function importDebtorsFile(dbPath: string, filePath: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const started = performance.now();
  const durationMs = (): number => Math.round(performance.now() - started);
  if (options.signal?.aborted === true) return { status: 'cancelled', rowsRead: 0, durationMs: durationMs() };
  const file = checkFile(filePath);
  if (!file.ok) return { status: 'failed', reason: file.reason };
  let db: DatabaseSync;
  try {
    db = openImportConnection(dbPath);
  } catch (error) {
    return { status: 'failed', reason: errorText(error) };
  }
  try {
    return await importWith(db, filePath, file.size, options, durationMs);
  } finally {
    db.close();
  }
}

type Timer = () => number;

async function importWith(db: DatabaseSync, filePath: string, size: number | null, options: ImportOptions, durationMs: Timer): Promise<ImportOutcome> {
  const progress = createProgressReporter(options.onProgress, size);
  let staging: ImportStaging;
  try {
    staging = createImportStaging(db);
  } catch (error) {
    return { status: 'failed', reason: `The import could not set up its working table: ${errorText(error)}` };
  }
  const read = await readPhase(db, filePath, { signal: options.signal, progress, keep: staging.add });
  switch (read.kind) {
    case 'read':
      staging.seal();
      return writePhase(db, read, staging, { ...options, progress }, durationMs);
    case 'cancelled':
      return { status: 'cancelled', rowsRead: read.rowsRead, durationMs: durationMs() };
    case 'refused':
      return { status: 'refused', reason: read.reason };
    case 'failed':
      return { status: 'failed', reason: read.reason };
  }
}

async function readPhase(
  db: DatabaseSync,
  filePath: string,
  options: Omit<ReadOptions, 'storedClients'>,
): Promise<ReadResult | { kind: 'failed'; reason: string }> {
  let storedClients: Set<string>;
  try {
    storedClients = storedClientNumbers(db);
  } catch (error) {
    return { kind: 'failed', reason: `The database could not be read: ${errorText(error)}` };
  }
  try {
    return await readDebtorFile(filePath, { ...options, storedClients });
  } catch (error) {
    return { kind: 'failed', reason: fileErrorText(error, filePath) ?? `The file ${filePath} cannot be read: ${errorText(error)}` };
  }
}

async function writePhase(
  db: DatabaseSync,
  read: FileRead,
  rows: RowSource,
  options: ImportOptions & { progress: ProgressReporter },
  durationMs: Timer,
): Promise<ImportOutcome> {
  try {
    const written = await writeDebtors(db, rows, { ...options, read: { rowsRead: read.rowsRead, bytesRead: read.bytesRead } });
    if (written.kind === 'cancelled') return { status: 'cancelled', rowsRead: read.rowsRead, durationMs: durationMs() };
    return {
      status: 'imported',
      inserted: written.inserted,
      updated: written.updated,
      invalid: read.invalid,
      total: read.rowsRead,
      ignoredColumns: read.header.ignored,
      durationMs: durationMs(),
    };
  } catch (error) {
    const reason = error instanceof UserError ? error.message : `The database could not be written: ${errorText(error)}`;
    return { status: 'failed', reason: `${reason} Nothing was imported.` };
  }
}
