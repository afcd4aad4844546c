import { readHeader, type CsvHeader } from './csv-header.ts';
import { CsvStructureError, readCsvRecords, type CsvReader, type CsvRecord } from './csv-records.ts';
import type { InvalidRow } from './import-types.ts';
import type { ProgressReporter } from './import-progress.ts';
import { createRowChecker, isBlankRecord, type ImportRow } from './row-check.ts';

export type FileRead = {
  readonly kind: 'read';
  readonly header: CsvHeader;
  /** Rows that passed every check; they went to ReadOptions.keep. */
  readonly validRows: number;
  readonly invalid: InvalidRow[];
  readonly rowsRead: number;
  readonly bytesRead: number;
};

export type ReadResult =
  | FileRead
  | { readonly kind: 'cancelled'; readonly rowsRead: number }
  | { readonly kind: 'refused'; readonly reason: string };

export type ReadOptions = {
  readonly signal?: AbortSignal | undefined;
  readonly progress: ProgressReporter;
  /** Client numbers already in the database. */
  readonly storedClients: ReadonlySet<string>;
  /** Takes each row that passed every check, in file order. */
  readonly keep: (row: ImportRow) => void;
};

const EMPTY_FILE =
  'The file is empty. Its first line must be the header row: file_number, client_number, client_name, ' +
  'debtor_name and at least one phone column (phone or phone_<label>, such as phone_home).';

type Rows = AsyncIterator<CsvRecord>;

/**
 * Reads and checks the whole file, streaming: nothing is written to the database, so stopping here
 * (a cancel, a refusal) leaves no trace. Valid rows go to `keep`, invalid ones are listed with their reason.
 * Broken quoting refuses the file; a file that cannot be read throws.
 */
export async function readDebtorFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const reader = readCsvRecords(path);
  const rows = reader.records[Symbol.asyncIterator]();
  const counted = { rowsRead: 0 };
  // A read that waits (a pipe, a slow network drive) must not hold a cancel back.
  const stopReading = (): void => reader.close();
  options.signal?.addEventListener('abort', stopReading, { once: true });
  try {
    const first = await rows.next();
    if (first.done === true) return { kind: 'refused', reason: EMPTY_FILE };
    const header = readHeader(first.value.cells);
    if (!header.ok) return { kind: 'refused', reason: header.error };
    return await checkRows(rows, header.value, reader, options, counted);
  } catch (error) {
    if (options.signal?.aborted === true) return { kind: 'cancelled', rowsRead: counted.rowsRead };
    if (error instanceof CsvStructureError) {
      return { kind: 'refused', reason: `Line ${error.line}: ${error.message}. Nothing was imported.` };
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stopReading);
    await rows.return?.();
    reader.close();
  }
}

/** Every data row after the header, checked; blank lines are skipped and not counted. */
async function checkRows(rows: Rows, header: CsvHeader, reader: CsvReader, options: ReadOptions, counted: { rowsRead: number }): Promise<ReadResult> {
  const check = createRowChecker(header, options.storedClients);
  let validRows = 0;
  const invalid: InvalidRow[] = [];
  const state = () => ({ rowsRead: counted.rowsRead, bytesRead: reader.bytesRead(), rowsWritten: 0, rowsToWrite: 0 });
  options.progress.update('reading', state);
  for (let next = await rows.next(); next.done !== true; next = await rows.next()) {
    if (options.signal?.aborted === true) break;
    if (isBlankRecord(next.value.cells)) continue;
    counted.rowsRead += 1;
    const row = check(next.value.cells, next.value.line);
    if (row.ok) {
      options.keep(row.value);
      validRows += 1;
    } else invalid.push(row.error);
    options.progress.update('reading', state);
  }
  if (options.signal?.aborted === true) return { kind: 'cancelled', rowsRead: counted.rowsRead };
  return { kind: 'read', header, validRows, invalid, rowsRead: counted.rowsRead, bytesRead: reader.bytesRead() };
}
