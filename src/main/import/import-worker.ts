/**
 * Entry of the import worker thread: runs importDebtorsFile on a database connection of its own, so
 * the app's main thread stays free while a file is read, checked and written. See import-in-worker.ts.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { importDebtorsFile } from './import-debtors.ts';
import type { ImportOptions, ImportOutcome } from './import-types.ts';
import { isImportWorkerData, isToImportWorker, type FromImportWorker, type ImportWorkerData } from './import-worker-protocol.ts';

function requirePort(): MessagePort {
  if (parentPort === null) throw new Error('import-worker.ts runs as a worker thread, started by importDebtorsInWorker.');
  return parentPort;
}

const port = requirePort();
const send = (message: FromImportWorker): void => port.postMessage(message);
const controller = new AbortController();
let allowWrite: (() => void) | null = null;

port.on('message', (message: unknown) => {
  if (!isToImportWorker(message)) return;
  if (message.type === 'cancel') controller.abort();
  else allowWrite?.();
});

/** Asks the parent before taking the write lock, so it can hold its own writes until the lock is free again. */
function writeAnnouncements(): Pick<ImportOptions, 'beforeWrite' | 'afterWrite'> {
  return {
    beforeWrite: () =>
      new Promise<void>((resolve) => {
        allowWrite = resolve;
        send({ type: 'wants-write-lock' });
      }),
    afterWrite: () => send({ type: 'released-write-lock' }),
  };
}

async function run(data: ImportWorkerData): Promise<ImportOutcome> {
  try {
    return await importDebtorsFile(data.dbPath, data.filePath, {
      signal: controller.signal,
      onProgress: (progress) => send({ type: 'progress', progress }),
      ...(data.announceWrites ? writeAnnouncements() : {}),
    });
  } catch (error) {
    // importDebtorsFile ends every path in an outcome; this is only for a bug in it.
    return { status: 'failed', reason: `The import failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const outcome: ImportOutcome = isImportWorkerData(workerData)
  ? await run(workerData)
  : { status: 'failed', reason: 'The import worker was started without a database and a file.' };
send({ type: 'outcome', outcome });
port.close();
