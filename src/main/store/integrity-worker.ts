/** Entry of the integrity worker thread: checkAndRepair on connections of its own, off the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkAndRepair, type IntegrityOutcome } from './integrity.ts';

const dbPath = typeof workerData === 'object' && workerData !== null ? (workerData as { dbPath?: unknown }).dbPath : undefined;
const outcome: IntegrityOutcome =
  typeof dbPath === 'string' ? checkAndRepair(dbPath) : { status: 'not-checked', reason: 'the worker was started without a database' };
parentPort?.postMessage(outcome);
