import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOutcome, ImportSummary } from '../main/import/import-types.ts';
import type { Store } from '../main/store/contract.ts';
import { DB_FILE_NAME, openStore } from '../main/store/open-store.ts';
import { errorText } from '../main/errors.ts';
import { showControlCharacters } from '../shared/control-characters.ts';
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
      return reportImported(outcome, file, dbPath, io);
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

/** The summary on stdout; exit 1 when no row went in, so a script that runs the import sees it, not only a person. */
export function reportImported(result: ImportSummary, file: string, dbPath: string, io: CliIo): number {
  io.stdout.write(summary(result, file, dbPath));
  if (result.total !== result.invalid.length) return EXIT_OK;
  io.stderr.write(`softphone: no row of ${file} could be imported: ${result.total === 0 ? 'it has no data rows' : 'every row has a problem, listed above'}.\n`);
  return EXIT_FAILED;
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
    // A reason quotes the cell it is about: an ESC or a bidi override in it must not reach the terminal raw.
    for (const row of result.invalid) lines.push(`  line ${row.line}: ${showControlCharacters(row.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
