import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../main/store/postgres/pg-settings-url.ts';
import { messageOf } from '../main/store/store-error.ts';
import { EXIT_FAILED, EXIT_OK, type Command } from './cli-context.ts';
import { userDataFolder } from './import-args.ts';
import { deskDials, dialsAsCsv, dialsAsJson, floorDials } from './log-export.ts';
import { usageFailure } from './usage-failure.ts';

export const LOG_USAGE = 'softphone log --db DB [--since DATE] [--format csv|json]';

export const LOG_HELP = `Usage: ${LOG_USAGE}

Exports the dial log, oldest first: when, operator, debtor file number, number dialed, method
(udp or uri), result (sent, failed or blocked) and reason. Nothing is changed.

Options:
  --db DB          a desk's user-data folder (or its softphone.db), or a floor database's
                   postgres://user:password@host:5432/database URL
  --since DATE     only dials from then on: 2025-03-04 (midnight UTC) or 2025-03-04T09:00:00Z
  --format F       csv (the default; a header row, RFC 4180 quoting) or json (an array)
  -h, --help       show this help

Example:
  softphone log --db postgres://softphone_desk@floor-db/softphone --since 2025-03-01 > march.csv
`;

const OPTIONS = {
  db: { type: 'string' },
  since: { type: 'string' },
  format: { type: 'string', default: 'csv' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--since` as the ISO time the log's rows are compared with, or null when it is not a date. */
export function sinceTime(value: string | undefined): string | null {
  if (value === undefined) return '';
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `softphone log`: see LOG_HELP. */
export const logCommand: Command = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    return usageFailure(io, messageOf(error), 'log');
  }
  const { values } = parsed;
  if (values.help === true) {
    io.stdout.write(LOG_HELP);
    return EXIT_OK;
  }
  if (values.db === undefined) return usageFailure(io, '--db is required: a desk\'s user-data folder or a postgres:// URL', 'log');
  if (values.format !== 'csv' && values.format !== 'json') return usageFailure(io, `--format ${values.format}: use csv or json`, 'log');
  const since = sinceTime(values.since);
  if (since === null) return usageFailure(io, `--since ${values.since ?? ''}: give a date as 2025-03-04 or a time as 2025-03-04T09:00:00Z`, 'log');
  try {
    const { dials, location } = isPostgresUrl(values.db) ? await floorDials(values.db, since) : fromFolder(values.db, since);
    io.stdout.write(values.format === 'json' ? dialsAsJson(dials) : dialsAsCsv(dials));
    io.stderr.write(`softphone: ${dials.length.toLocaleString('en-US')} dial${dials.length === 1 ? '' : 's'} from ${location}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`softphone: ${messageOf(error)}\n`);
    return EXIT_FAILED;
  }
};

function fromFolder(db: string, since: string): ReturnType<typeof deskDials> {
  const folder = userDataFolder(db);
  if (!folder.ok) throw new Error(folder.error);
  return deskDials(folder.value, since);
}
