import pg from 'pg';
import { messageOf, StoreError } from '../store-error.ts';
import { describeConnectFailure } from './pg-connect-failure.ts';
import { migratePostgres, MIGRATIONS_TABLE, type MigrationReport } from './pg-migrate.ts';
import { clientConfig, type PgConnectionSettings } from './pg-settings-url.ts';

/*
 * The desk role's privileges: what a desk's app may do on the floor database. It reads everything it
 * shows; edits operators and settings (the app's own sign-in and roles decide who may); imports debtors;
 * and only appends to the dial log, the dial outcomes and the audit trail. No UPDATE, DELETE or TRUNCATE
 * there (and the tables' triggers refuse those to every role, the owner included), no schema changes.
 */
export const DESK_GRANTS = [
  'GRANT USAGE ON SCHEMA public TO {role}',
  'GRANT SELECT, INSERT, UPDATE ON operators, settings TO {role}',
  'GRANT SELECT, INSERT, UPDATE, DELETE ON clients, debtors, phones TO {role}',
  'GRANT SELECT, INSERT ON dial_log, dial_outcomes, audit_log TO {role}',
  `GRANT SELECT ON ${MIGRATIONS_TABLE} TO {role}`,
  'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}',
] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export type FloorInitOptions = {
  /** The desk role's name (default softphone_desk). */
  readonly deskRole?: string;
  /** Its password: needed to create the role; given for an existing role, it is changed. */
  readonly deskPassword?: string;
};

export type FloorInitReport = {
  readonly location: string;
  readonly migration: MigrationReport;
  readonly deskRole: string;
  readonly role: 'created' | 'password changed' | 'kept';
  /** One line per thing done, for `softphone floor init` to print. */
  readonly lines: readonly string[];
};

export const DEFAULT_DESK_ROLE = 'softphone_desk';

/**
 * Run once by IT with a role that owns the database: creates or migrates the schema, creates the desk
 * role (or changes its password) and grants it exactly DESK_GRANTS. Safe to run again after an upgrade.
 */
export async function initFloor(settings: PgConnectionSettings, options: FloorInitOptions = {}): Promise<FloorInitReport> {
  const deskRole = options.deskRole ?? DEFAULT_DESK_ROLE;
  if (!ROLE_NAME.test(deskRole)) {
    throw new StoreError(`"${deskRole}" cannot be the desk role's name: use lower-case letters, digits and _ (up to 63), starting with a letter or _.`);
  }
  const { location, ...config } = clientConfig(settings);
  const client = new pg.Client(config);
  try {
    await client.connect();
  } catch (error) {
    throw new StoreError(describeConnectFailure(error, config, location));
  }
  try {
    const migration = await migratePostgres(client, location);
    const lines = [
      migration.applied.length === 0
        ? `The schema of ${location} is up to date (version ${migration.to}).`
        : `Brought the schema of ${location} from version ${migration.from} to ${migration.to}: ${migration.applied.join('; ')}.`,
    ];
    const role = await ensureRole(client, deskRole, options.deskPassword);
    lines.push(
      role === 'created' ? `Created the desk role ${deskRole}.`
      : role === 'password changed' ? `Changed the password of the desk role ${deskRole}.`
      : `Kept the desk role ${deskRole} and its password.`,
    );
    const quoted = client.escapeIdentifier(deskRole);
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(String(config.database))} TO ${quoted}`);
    for (const grant of DESK_GRANTS) await client.query(grant.replace('{role}', quoted));
    lines.push(
      `Granted ${deskRole}: read everything; edit operators and settings; import debtors; ` +
        'append (never change or delete) dial log, dial outcomes and audit trail rows.',
    );
    return { location, migration, deskRole, role, lines };
  } catch (error) {
    throw error instanceof StoreError ? error : new StoreError(`Setting up the floor database ${location} failed: ${messageOf(error)}`);
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, name: string, password: string | undefined): Promise<FloorInitReport['role']> {
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount === 1;
  const quoted = client.escapeIdentifier(name);
  if (!exists) {
    if (password === undefined || password === '') {
      throw new StoreError(`The desk role ${name} does not exist yet: give its password (--desk-password) to create it.`);
    }
    await client.query(`CREATE ROLE ${quoted} LOGIN PASSWORD ${client.escapeLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    return 'created';
  }
  if (password === undefined || password === '') return 'kept';
  await client.query(`ALTER ROLE ${quoted} PASSWORD ${client.escapeLiteral(password)}`);
  return 'password changed';
}
