import { Worker } from 'node:worker_threads';
import { markDamaged } from './damage-mark.ts';
import type { IntegrityOutcome } from './integrity.ts';
import { integrityNotice } from './integrity-notice.ts';

/** Starts the worker thread that runs integrity-worker.ts. The Electron build passes its bundled worker. */
export type CreateIntegrityWorker = (options: { workerData: { dbPath: string } }) => Worker;

// In a constant so a bundler does not take it for an asset: the Electron build passes its own worker.
const WORKER_FILE = './integrity-worker.ts';
export const createNodeIntegrityWorker: CreateIntegrityWorker = (options) => new Worker(new URL(WORKER_FILE, import.meta.url), options);

export type BackgroundIntegrity = {
  /** Settles once the check (and any repair) is over and its notice, if any, was given. */
  readonly done: Promise<IntegrityOutcome>;
  stop(): void;
};

function isOutcome(value: unknown): value is IntegrityOutcome {
  const status = typeof value === 'object' && value !== null ? (value as { status?: unknown }).status : undefined;
  return status === 'ok' || status === 'indexes-rebuilt' || status === 'damaged' || status === 'not-checked';
}

/**
 * The full integrity check of `dbPath` in a worker, after the app has started on it: the window does
 * not wait for it. Its notice goes to `onNotice`; a damaged file is marked to be moved aside at the next start.
 */
export function checkIntegrityInBackground(
  dbPath: string,
  onNotice: (notice: string) => void,
  createWorker: CreateIntegrityWorker = createNodeIntegrityWorker,
): BackgroundIntegrity {
  const worker = createWorker({ workerData: { dbPath } });
  let stopped = false;
  const outcome = new Promise<IntegrityOutcome>((resolve) => {
    worker.once('message', (message: unknown) =>
      resolve(isOutcome(message) ? message : { status: 'not-checked', reason: 'the worker sent no result' }),
    );
    worker.once('error', (error) => resolve({ status: 'not-checked', reason: error.message }));
    worker.once('exit', () => resolve({ status: 'not-checked', reason: 'the check was stopped' }));
  });
  const done = outcome.then((result) => {
    if (stopped) return result;
    if (result.status === 'damaged') {
      try {
        markDamaged(dbPath, result.problem);
      } catch (error) {
        console.error(`softphone: could not mark ${dbPath} as damaged`, error);
      }
    }
    const notice = integrityNotice(result, dbPath);
    if (notice !== null) onNotice(notice);
    return result;
  });
  return {
    done,
    stop() {
      stopped = true;
      void worker.terminate();
    },
  };
}
