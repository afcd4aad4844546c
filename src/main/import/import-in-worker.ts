import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportOutcome } from './import-types.ts';
import { isFromImportWorker, type FromImportWorker, type ImportWorkerData, type ToImportWorker } from './import-worker-protocol.ts';

/** Starts the worker thread that runs import-worker.ts. The Electron build passes its bundled worker. */
export type CreateImportWorker = (options: { workerData: ImportWorkerData }) => Worker;

/**
 * Node (tests, CLI, the harness) runs the TypeScript worker file as it is. The name is in a constant
 * so a bundler does not take `new URL('…', import.meta.url)` for an asset to copy: the Electron
 * build passes its own bundled worker instead.
 */
const WORKER_FILE = './import-worker.ts';
export const createNodeImportWorker: CreateImportWorker = (options) => new Worker(new URL(WORKER_FILE, import.meta.url), options);

export type WorkerImportOptions = Pick<ImportOptions, 'signal' | 'onProgress'> & {
  readonly createWorker?: CreateImportWorker | undefined;
  /**
   * Called with true just before the import takes the database's write lock (the import waits for
   * this call to return) and with false once its transaction has ended. While the lock is held, a
   * write on any other connection waits, synchronously, for the import's COMMIT or ROLLBACK: this is
   * where the app holds back its own writes (the dial log) instead.
   */
  readonly onWriteLock?: (held: boolean) => void;
};

/**
 * importDebtorsFile in a worker thread, with its own database connection: how the app imports.
 *
 * Why a worker: the app's connection must stay usable during an import (an operator keeps dialing,
 * and every dial appends to the dial log). On the app's own connection the import's transaction
 * would take those appends in, and a cancel would roll them back with it. On a second connection
 * in the main thread, an append during the write phase would wait for a lock whose holder cannot
 * move while the thread waits. In a worker, the app's reads are never blocked (WAL snapshots), and
 * an app write during the write phase waits for the import's COMMIT or ROLLBACK, then goes in on
 * its own; onWriteLock tells the app when that phase starts and ends.
 *
 * Resolves with the worker's outcome (sent after it closed its connection); never rejects.
 */
export function importDebtorsInWorker(dbPath: string, filePath: string, options: WorkerImportOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress, onWriteLock } = options;
  if (signal?.aborted === true) return Promise.resolve({ status: 'cancelled', rowsRead: 0, durationMs: 0 });
  return new Promise((resolve) => {
    const worker = (options.createWorker ?? createNodeImportWorker)({
      workerData: { dbPath, filePath, announceWrites: onWriteLock !== undefined },
    });
    const tell = (message: ToImportWorker): void => worker.postMessage(message);
    let settled = false;
    let lockHeld = false;
    let crash: string | null = null;
    const cancel = (): void => tell({ type: 'cancel' });
    const settle = (outcome: ImportOutcome): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      // A worker that died mid-write took its connection, and so its lock, with it.
      if (lockHeld) onWriteLock?.(false);
      resolve(outcome);
    };
    const handle = (message: FromImportWorker): void => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'outcome') {
        // The worker closed its connection before it sent this; a read still blocked on a pipe
        // must not hold the result back, nor keep the thread alive.
        settle(message.outcome);
        void worker.terminate();
      } else {
        lockHeld = message.type === 'wants-write-lock';
        onWriteLock?.(lockHeld);
        if (lockHeld) tell({ type: 'write' });
      }
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: unknown) => {
      if (isFromImportWorker(message)) handle(message);
    });
    worker.on('error', (error) => {
      crash = error.message;
    });
    worker.on('exit', (code) => {
      settle({ status: 'failed', reason: `The import stopped before it reported a result: ${crash ?? `its worker exited with code ${code}`}.` });
    });
  });
}
