import { parseArgs } from 'node:util';
import { DEFAULT_DESK_ROLE, initFloor } from '../main/store/postgres/pg-floor-roles.ts';
import { isPostgresUrl } from '../main/store/postgres/pg-settings-url.ts';
import { messageOf } from '../main/store/store-error.ts';
import { EXIT_FAILED, EXIT_OK, type Command } from './cli-context.ts';
import { usageFailure } from './usage-failure.ts';

export const FLOOR_USAGE = 'softphone floor init --db URL [--desk-role NAME] [--desk-password PASSWORD]';

export const FLOOR_HELP = `Usage: ${FLOOR_USAGE}

Sets up a PostgreSQL database for a whole call floor. Run it once (and again after upgrading the
app) as IT, with a role that owns the database. It creates or upgrades the schema, creates the desk
role (or changes its password) and grants it what a desk needs and no more: read everything, edit
operators and settings, import debtors, and append (never change or delete) dial-log, dial-outcome
and audit-trail rows. Then point every desk at the database with the desk role:
  SOFTPHONE_DATABASE_URL=postgres://softphone_desk:PASSWORD@HOST:5432/DATABASE

Options:
  --db URL               postgres://OWNER:PASSWORD@HOST:5432/DATABASE (add ?sslmode=require for TLS)
  --desk-role NAME       the desk role (default ${DEFAULT_DESK_ROLE})
  --desk-password PW     its password: needed the first time; given again, it is changed.
                         SOFTPHONE_DESK_PASSWORD is read when this is not given.
  -h, --help             show this help
`;

const OPTIONS = {
  db: { type: 'string' },
  'desk-role': { type: 'string' },
  'desk-password': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `softphone floor init`: see FLOOR_HELP. */
export const floorCommand: Command = async (argv, io, context) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return usageFailure(io, messageOf(error), 'floor');
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(FLOOR_HELP);
    return EXIT_OK;
  }
  if (positionals[0] !== 'init' || positionals.length > 1) return usageFailure(io, `the only floor command is "init": ${FLOOR_USAGE}`, 'floor');
  if (values.db === undefined || !isPostgresUrl(values.db)) return usageFailure(io, '--db postgres://OWNER:PASSWORD@HOST/DATABASE is required', 'floor');
  const deskPassword = values['desk-password'] ?? context.env['SOFTPHONE_DESK_PASSWORD'];
  try {
    const report = await initFloor({ url: values.db }, {
      ...(values['desk-role'] === undefined ? {} : { deskRole: values['desk-role'] }),
      ...(deskPassword === undefined ? {} : { deskPassword }),
    });
    for (const line of report.lines) io.stdout.write(`${line}\n`);
    const url = new URL(values.db);
    io.stdout.write(`Desks connect with: SOFTPHONE_DATABASE_URL=postgres://${report.deskRole}:PASSWORD@${url.host}${url.pathname}${url.search}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`softphone: ${messageOf(error)}\n`);
    return EXIT_FAILED;
  }
};
