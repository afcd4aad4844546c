import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importDebtorsFile } from '../main/import/import-debtors.ts';
import type { ImportOutcome, ImportSummary } from '../main/import/import-types.ts';
import { DB_FILE_NAME, openStore } from '../main/store/open-store.ts';
import { isPostgresUrl } from '../main/store/postgres/pg-settings-url.ts';
import { messageOf } from '../main/store/store-error.ts';
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
  const dbPath = prepareDatabase(folder.value, io);
  if (dbPath === null) return EXIT_FAILED;

  const controller = new AbortController();
  const stopListening = context.onStopRequest(() => controller.abort());
  const progress = createProgressLine(io.stderr);
  try {
    const outcome = await importDebtorsFile(dbPath, args.value.file, { signal: controller.signal, onProgress: progress.show });
    progress.finish();
    return report(outcome, args.value.file, dbPath, io);
  } finally {
    stopListening();
  }
};

/**
 * Opens the database the way the app does (creating it when the folder has none, bringing an older
 * one up to date, moving an unreadable one aside) and closes it again: the import opens its own
 * connection. Returns its path, or null after saying why it cannot be used.
 */
function prepareDatabase(folder: string, io: CliIo): string | null {
  const path = join(folder, DB_FILE_NAME);
  const isNew = !existsSync(path);
  try {
    const { store, notices } = openStore(folder, { seed: false });
    store.close();
    for (const notice of notices) io.stderr.write(`softphone: ${notice}\n`);
  } catch (error) {
    io.stderr.write(`softphone: ${messageOf(error)}\n`);
    return null;
  }
  if (isNew) io.stderr.write(`softphone: created a new database at ${path}\n`);
  return path;
}

function report(outcome: ImportOutcome, file: string, dbPath: string, io: CliIo): number {
  switch (outcome.status) {
    case 'imported':
      io.stdout.write(summary(outcome, file, dbPath));
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
