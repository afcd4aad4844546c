/*
 * What a debtor import reports. Plain data only: these cross a worker boundary (and later IPC) as they are.
 */

/** A data row that was not imported; `line` is the physical line in the file where the row starts (header = 1). */
export type InvalidRow = { readonly line: number; readonly reason: string };

export type ImportPhase = 'reading' | 'writing' | 'indexing';

export type ImportProgress = {
  /** reading: parse and check every row (nothing written yet); writing: the one transaction; indexing: search indexes. */
  readonly phase: ImportPhase;
  /** Data rows read so far (blank lines not counted). */
  readonly rowsRead: number;
  readonly bytesRead: number;
  /** The file's size, or null when it has none (a pipe). */
  readonly totalBytes: number | null;
  /** Valid rows written so far, and how many will be: both 0 while reading. */
  readonly rowsWritten: number;
  readonly rowsToWrite: number;
};

export type ImportSummary = {
  /** Debtors whose file number was new. */
  readonly inserted: number;
  /** Debtors whose file number was already in the database: name, client and phone list now as in the file. */
  readonly updated: number;
  readonly invalid: readonly InvalidRow[];
  /** Data rows in the file: inserted + updated + invalid. */
  readonly total: number;
  /** Header columns that are not part of the format; their cells were not read. */
  readonly ignoredColumns: readonly string[];
  readonly durationMs: number;
};

export type ImportOutcome =
  | ({ readonly status: 'imported' } & ImportSummary)
  /** Stopped by the caller: the database is exactly as it was before. */
  | { readonly status: 'cancelled'; readonly rowsRead: number; readonly durationMs: number }
  /** The file as a whole cannot be imported (missing column, broken quoting): nothing was written. */
  | { readonly status: 'refused'; readonly reason: string }
  /** The file or the database could not be read or written: nothing was written. */
  | { readonly status: 'failed'; readonly reason: string };

export type ImportOptions = {
  readonly signal?: AbortSignal;
  /** Called when the phase changes and otherwise at most every PROGRESS_INTERVAL_MS. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * Awaited just before the write transaction takes the database's write lock, and called once that
   * transaction has ended (committed or rolled back). Only called when there are rows to write.
   */
  readonly beforeWrite?: () => Promise<void>;
  readonly afterWrite?: () => void;
};

export const PROGRESS_INTERVAL_MS = 100;
