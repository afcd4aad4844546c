/*
 * What a debtor import reports. Plain data only: these cross a worker boundary (and later IPC) as they are.
 */

import type { ImportProgress } from '../../shared/ipc-contract.ts';

// The reports are declared in the IPC contract: the renderer shows them as main sends them.
export type { ImportOutcome, ImportPhase, ImportProgress, ImportSummary, InvalidRow } from '../../shared/ipc-contract.ts';

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
