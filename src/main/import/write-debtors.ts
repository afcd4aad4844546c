import type { DatabaseSync } from 'node:sqlite';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { beginImport, type ImportedDebtor } from '../store/import-repo.ts';
import type { ProgressReporter, ProgressState } from './import-progress.ts';

export type WriteResult =
  | { readonly kind: 'written'; readonly inserted: number; readonly updated: number }
  | { readonly kind: 'cancelled' };

export type WriteOptions = {
  readonly signal?: AbortSignal | undefined;
  readonly progress: ProgressReporter;
  /** What the read phase got through, repeated in every progress report. */
  readonly read: { readonly rowsRead: number; readonly bytesRead: number };
  readonly beforeWrite?: (() => Promise<void>) | undefined;
  readonly afterWrite?: (() => void) | undefined;
};

type Counts = { inserted: number; updated: number };

/** The rows to write, handed out a slice at a time (ImportStaging is one). */
export type RowSource = { readonly count: number; slices(size: number): Iterable<readonly ImportedDebtor[]> };

/**
 * Rows per slice of the write phase. Between slices the event loop turns, so a cancel (an abort, or
 * a worker's "cancel" message) is seen within one slice: about 10 ms at this size.
 */
export const WRITE_SLICE = 1000;

/**
 * Writes every row in one transaction on `db`, then updates the search indexes and commits.
 * A cancel seen before the commit rolls everything back; so does any error, which is rethrown.
 */
export async function writeDebtors(db: DatabaseSync, rows: RowSource, options: WriteOptions): Promise<WriteResult> {
  if (rows.count === 0) return { kind: 'written', inserted: 0, updated: 0 };
  const counts: Counts = { inserted: 0, updated: 0 };
  const state = (): ProgressState => ({ ...options.read, rowsWritten: counts.inserted + counts.updated, rowsToWrite: rows.count });
  await options.beforeWrite?.();
  try {
    return await writeInTransaction(db, rows, options, counts, state);
  } finally {
    options.afterWrite?.();
  }
}

async function writeInTransaction(
  db: DatabaseSync,
  rows: RowSource,
  { signal, progress }: WriteOptions,
  counts: Counts,
  state: () => ProgressState,
): Promise<WriteResult> {
  const writer = beginImport(db);
  try {
    for (const slice of rows.slices(WRITE_SLICE)) {
      progress.update('writing', state);
      await nextTurn();
      if (signal?.aborted === true) break;
      for (const row of slice) counts[writer.write(row)] += 1;
    }
    if (signal?.aborted !== true) {
      progress.update('indexing', state);
      writer.index();
    }
    // Checked once more after indexing: the last moment a cancel can still undo everything.
    if (signal?.aborted === true) {
      writer.rollback();
      return { kind: 'cancelled' };
    }
    writer.commit();
    return { kind: 'written', ...counts };
  } catch (error) {
    writer.rollback();
    throw error;
  }
}
