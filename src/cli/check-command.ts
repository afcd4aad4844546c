import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCallCheck } from '../main/calls/call-check.ts';
import { loadZoneLookup } from '../main/calls/zone-lookup.ts';
import { findDebtor, findDebtorPhone } from '../main/dial/debtor-phone.ts';
import { errorText, UserError } from '../main/errors.ts';
import type { Store } from '../main/store/contract.ts';
import { DB_FILE_NAME, openStore } from '../main/store/open-store.ts';
import { openPostgresStore } from '../main/store/postgres/pg-store.ts';
import { isPostgresUrl } from '../main/store/postgres/pg-settings-url.ts';
import { checkReport, checkReportText, type PhoneCheck } from './check-report.ts';
import { EXIT_FAILED, EXIT_OK, type Command } from './cli-context.ts';
import { userDataFolder } from './import-args.ts';
import { sinceTime } from './log-command.ts';
import { usageFailure } from './usage-failure.ts';

export const CHECK_USAGE = 'softphone check --db DB --debtor FILE_NUMBER [--phone NUMBER] [--at ISO-8601] [--json]';

export const CHECK_HELP = `Usage: ${CHECK_USAGE}

Says whether the app would let a collector call a debtor now (or at --at), exactly as main checks a
click: the decision (allow, warn or block) and every reason, the debtor's local time at each known
location, and the calls counted of 7 in the last 7 days. Nothing is dialed or changed.

Options:
  --db DB          a desk's user-data folder (or its softphone.db), or a floor database's postgres:// URL
  --debtor N       the debtor's file number
  --phone NUMBER   one of the debtor's numbers (default: every phone of the debtor)
  --at TIME        the moment to check, e.g. 2025-03-04T20:45:00Z (default: now)
  --json           print the report as JSON
  -h, --help       show this help

Exit status: 0 the check was made (whatever it decided), 1 the database could not be read,
2 bad usage or no such debtor or phone.

Example:
  softphone check --db ~/.config/softphone-launcher --debtor 4585 --at 2025-03-05T02:30:00Z
`;

const OPTIONS = {
  db: { type: 'string' },
  debtor: { type: 'string' },
  phone: { type: 'string' },
  at: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `softphone check`: see CHECK_HELP. */
export const checkCommand: Command = async (argv, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return usageFailure(io, errorText(error), 'check');
  }
  if (values.help === true) {
    io.stdout.write(CHECK_HELP);
    return EXIT_OK;
  }
  if (values.db === undefined) return usageFailure(io, "--db is required: a desk's user-data folder or a postgres:// URL", 'check');
  const file = values.debtor?.trim() ?? '';
  if (file === '') return usageFailure(io, '--debtor is required: the debtor\'s file number, e.g. --debtor 4585', 'check');
  const at = values.at === undefined ? new Date() : atTime(values.at);
  if (at === null) return usageFailure(io, `--at ${values.at ?? ''}: give a time as 2025-03-04T20:45:00Z`, 'check');

  let store: Store;
  try {
    store = await openForCheck(values.db);
  } catch (error) {
    if (error instanceof UserError && error.message.startsWith('--db')) return usageFailure(io, error.message, 'check');
    io.stderr.write(`softphone: ${errorText(error)}\n`);
    return EXIT_FAILED;
  }
  try {
    const phones = await phonesToCheck(store, file, values.phone);
    if (typeof phones === 'string') return usageFailure(io, phones, 'check');
    const check = createCallCheck({ store, zones: loadZoneLookup });
    const checks: PhoneCheck[] = [];
    for (const phone of phones) {
      const result = await check.forPhone(phone, at);
      if (result !== null) checks.push({ facts: result.facts, decision: result.decision });
    }
    const report = checkReport(file, at, checks);
    io.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : checkReportText(report));
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`softphone: ${errorText(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await store.close();
  }
};

function atTime(value: string): Date | null {
  const iso = sinceTime(value);
  return iso === null || iso === '' ? null : new Date(iso);
}

/** The debtor's phones to check: the one `--phone` names, or all of them; a sentence when there are none. */
async function phonesToCheck(store: Store, file: string, phone: string | undefined): Promise<number[] | string> {
  if (phone !== undefined) {
    const id = await findDebtorPhone(store, file, phone);
    return id === null ? `--phone ${phone}: debtor file ${file} has no such phone (or there is no debtor file ${file})` : [id];
  }
  const debtor = await findDebtor(store, file);
  if (debtor === null) return `--debtor ${file}: there is no debtor with that file number`;
  if (debtor.phones.length === 0) return `--debtor ${file}: ${debtor.name} has no phone to check`;
  return debtor.phones.map((p) => p.id);
}

/** The desk's database as it is (never created here), or the floor database. */
async function openForCheck(db: string): Promise<Store> {
  if (isPostgresUrl(db)) return openPostgresStore({ url: db });
  const folder = userDataFolder(db);
  if (!folder.ok) throw new UserError(folder.error);
  if (!existsSync(join(folder.value, DB_FILE_NAME))) throw new UserError(`--db ${db}: there is no ${DB_FILE_NAME} in that folder`);
  return openStore(folder.value, { seed: false }).store;
}
