import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME } from '../main/store/open-store.ts';
import { err, ok, type Result } from '../shared/result.ts';

export type ImportArgs = { readonly file: string; readonly db: string };

const IMPORT_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `help` when --help/-h was given, else the file and --db, or a usage error. */
export function parseImportArgs(argv: readonly string[]): Result<ImportArgs | 'help', string> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: IMPORT_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help === true) return ok('help');
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return err('the CSV file to import is needed, for example: softphone import debtors.csv --db ~/.config/softphone-launcher');
  if (extra.length > 0) return err(`one file at a time: "${extra.join('" "')}" is one too many`);
  if (parsed.values.db === undefined) return err("--db is required: the app's user-data folder, or the softphone.db in it");
  return ok({ file, db: parsed.values.db });
}

function kindOf(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * The user-data folder that --db names: the folder itself, or the folder of its softphone.db (which
 * need not exist yet). The app only ever opens softphone.db, so another file name is a mistake.
 */
export function userDataFolder(db: string): Result<string, string> {
  const kind = kindOf(db);
  if (kind === 'folder') return ok(db);
  if (basename(db) !== DB_FILE_NAME) {
    return err(
      kind === 'file'
        ? `--db ${db} is not the app's database: give the user-data folder or the ${DB_FILE_NAME} in it`
        : `--db ${db}: there is no such folder`,
    );
  }
  const folder = dirname(db);
  return kindOf(folder) === 'folder' ? ok(folder) : err(`--db ${db}: there is no folder ${folder}`);
}
