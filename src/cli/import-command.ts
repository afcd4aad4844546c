import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOutcome, ImportSummary } from '../main/import/import-types.ts';
import type { Store } from '../main/store/contract.ts';
import { DB_FILE_NAME, openStore } from '../main/store/open-store.ts';
import { errorText } from '../main/errors.ts';
import { isPostgresUrl } from '../main/store/postgres/pg-settings-url.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './cli-context.ts';
import { importIntoFloor } from './floor-import.ts';
import { parseImportArgs, userDataFolder } from './import-args.ts';
import { IMPORT_HELP } from './import-help.ts';
import { createProgressLine } from './import-progress-line.ts';
import { usageFailure } from './usage-failure.ts';

/** `softphone import FILE --db PATH`: see IMPORT_HELP. */
export const importCommand: Command = async (argv, io, context) => {
  const args = parseImportArgs(argv);
  if (!args.ok) return usageFailure(io, args.error, 'import');
  if (args.value === 'help') {
    io.stdout.write(IMPORT_HELP);
    return EXIT_OK;
  }
  if (isPostgresUrl(args.value.db)) return importIntoFloor(args.value.file, args.value.db, io, context);
  const folder = userDataFolder(args.value.db);
  if (!folder.ok) return usageFailure(io, folder.error, 'import');
  const store = openDatabase(folder.value, io);
  if (store === null) return EXIT_FAILED;

  const controller = new AbortController();
  const stopListening = context.onStopRequest(() => controller.abort());
  const progress = createProgressLine(io.stderr);
  try {
    const outcome = await store.importDebtors(args.value.file, { signal: controller.signal, onProgress: progress.show });
    progress.finish();
    return report(outcome, args.value.file, store.location, io);
  } finally {
    stopListening();
    await store.close();
  }
};

/**
 * Opens the database the way the app does (creating it when the folder has none, bringing an older
 * one up to date, moving an unreadable one aside). Returns the store, or null after saying why it
 * cannot be used.
 */
function openDatabase(folder: string, io: CliIo): Store | null {
  const path = join(folder, DB_FILE_NAME);
  const isNew = !existsSync(path);
  let store: Store;
  try {
    const opened = openStore(folder, { seed: false });
    store = opened.store;
    for (const notice of opened.notices) io.stderr.write(`softphone: ${notice}\n`);
  } catch (error) {
    io.stderr.write(`softphone: ${errorText(error)}\n`);
    return null;
  }
  if (isNew) io.stderr.write(`softphone: created a new database at ${path}\n`);
  return store;
}

function report(outcome: ImportOutcome, file: string, dbPath: string, io: CliIo): number {
  switch (outcome.status) {
    case 'imported':
      io.stdout.write(summary(outcome, file, dbPath));
      // A script that runs the import must see that nothing went in, not only a person reading the list.
      if (outcome.total === outcome.invalid.length) {
        io.stderr.write(`softphone: no row of ${file} could be imported: ${outcome.total === 0 ? 'it has no data rows' : 'every row has a problem, listed above'}.\n`);
        return EXIT_FAILED;
      }
      return EXIT_OK;
    case 'cancelled':
      io.stderr.write(`softphone: import stopped after ${count(outcome.rowsRead)} rows: nothing was imported, the database is as it was.\n`);
      return EXIT_FAILED;
    case 'refused':
      io.stderr.write(`softphone: ${file} was not imported: ${outcome.reason}\n`);
      return EXIT_USAGE;
    case 'failed':
      io.stderr.write(`softphone: ${file} was not imported: ${outcome.reason}\n`);
      return EXIT_FAILED;
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/** The counts, the ignored columns and every row that was left out, with its line and reason. */
export function summary(result: ImportSummary, file: string, dbPath: string): string {
  const lines = [
    `Imported ${file} into ${dbPath} in ${(result.durationMs / 1000).toFixed(1)} s: ` +
      `${plural(result.total, 'row', 'rows')}, ${plural(result.inserted, 'new debtor', 'new debtors')}, ` +
      `${count(result.updated)} updated, ${count(result.invalid.length)} not imported.`,
  ];
  if (result.ignoredColumns.length > 0) lines.push(`Ignored columns: ${result.ignoredColumns.join(', ')}`);
  if (result.invalid.length > 0) {
    lines.push('Rows not imported (fix them and import the file again; rows already in are updated, not doubled):');
    for (const row of result.invalid) lines.push(`  line ${row.line}: ${row.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
