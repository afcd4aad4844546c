import { openPostgresStore } from '../main/store/postgres/pg-store.ts';
import { errorText } from '../main/errors.ts';
import { EXIT_FAILED, EXIT_USAGE, type CliContext, type CliIo } from './cli-context.ts';
import { reportImported } from './import-command.ts';
import { createProgressLine } from './import-progress-line.ts';

/** `softphone import FILE --db postgres://…`: the same import and report, into a floor database. */
export async function importIntoFloor(file: string, url: string, io: CliIo, context: CliContext): Promise<number> {
  let store;
  try {
    store = await openPostgresStore({ url });
  } catch (error) {
    io.stderr.write(`softphone: ${errorText(error)}\n`);
    return EXIT_FAILED;
  }
  const controller = new AbortController();
  const stopListening = context.onStopRequest(() => controller.abort());
  const progress = createProgressLine(io.stderr);
  try {
    const outcome = await store.importDebtors(file, { signal: controller.signal, onProgress: progress.show });
    progress.finish();
    switch (outcome.status) {
      case 'imported':
        return reportImported(outcome, file, store.location, io);
      case 'cancelled':
        io.stderr.write(`softphone: import stopped after ${outcome.rowsRead.toLocaleString('en-US')} rows: nothing was imported, the database is as it was.\n`);
        return EXIT_FAILED;
      case 'refused':
        io.stderr.write(`softphone: ${file} was not imported: ${outcome.reason}\n`);
        return EXIT_USAGE;
      case 'failed':
        io.stderr.write(`softphone: ${file} was not imported: ${outcome.reason}\n`);
        return EXIT_FAILED;
    }
  } finally {
    stopListening();
    await store.close();
  }
}
