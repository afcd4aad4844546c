import type pg from 'pg';
import { messageOf, StoreError } from '../store-error.ts';
import { PG_LATEST_VERSION, PG_MIGRATION_STEPS } from './pg-migration-steps.ts';

/** The table that records each schema step applied to a floor database. */
export const MIGRATIONS_TABLE = 'softphone_schema_migrations';

/*
 * Every desk starts by taking this session-level advisory lock: the first one migrates, the others wait
 * and then find nothing left to do. The number is arbitrary but fixed ("softphon" in ASCII).
 */
const MIGRATION_LOCK = 0x736f667470686f6en;

export type SchemaState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'softphone'; readonly version: number }
  | { readonly kind: 'foreign'; readonly tables: readonly string[] };

/** What the database holds: nothing yet, a Softphone schema at some version, or someone else's tables. */
export async function schemaState(client: pg.ClientBase): Promise<SchemaState> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  const names = tables.rows.map((row) => row.name);
  if (names.includes(MIGRATIONS_TABLE)) {
    const row = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`);
    return { kind: 'softphone', version: row.rows[0]?.version ?? 0 };
  }
  return names.length === 0 ? { kind: 'empty' } : { kind: 'foreign', tables: names };
}

export function newerSchemaMessage(location: string, version: number): string {
  return (
    `The floor database ${location} was set up by a newer version of Softphone Launcher (schema version ${version}; ` +
    `this version knows up to ${PG_LATEST_VERSION}). Update the app on this desk to use it.`
  );
}

export function foreignDatabaseMessage(location: string, tables: readonly string[]): string {
  const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
  return (
    `${location} is not a Softphone database: it holds other tables (${shown}) and no Softphone schema. ` +
    'Give an empty database, or one set up with `softphone floor init`.'
  );
}

export type MigrationReport = { readonly from: number; readonly to: number; readonly applied: readonly string[] };

/**
 * Brings the schema up to date under the advisory lock, one transaction per step, and returns what it
 * did. Refuses a database with a newer schema or with tables of its own. A role that may not create
 * tables (the desk role) gets a message naming `softphone floor init`.
 */
export async function migratePostgres(client: pg.ClientBase, location: string): Promise<MigrationReport> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
  try {
    const state = await schemaState(client);
    if (state.kind === 'foreign') throw new StoreError(foreignDatabaseMessage(location, state.tables));
    const from = state.kind === 'softphone' ? state.version : 0;
    if (from > PG_LATEST_VERSION) throw new StoreError(newerSchemaMessage(location, from));
    const applied: string[] = [];
    for (let version = from + 1; version <= PG_LATEST_VERSION; version += 1) {
      const step = PG_MIGRATION_STEPS[version - 1];
      if (step === undefined) throw new StoreError(`There is no floor database migration to version ${version}.`);
      await applyStep(client, location, version, step.description, step.sql);
      applied.push(step.description);
    }
    return { from, to: Math.max(from, PG_LATEST_VERSION), applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
  }
}

async function applyStep(client: pg.ClientBase, location: string, version: number, description: string, sql: string): Promise<void> {
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
         version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query(sql);
    await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, description) VALUES ($1, $2)`, [version, description]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '42501') {
      throw new StoreError(
        `The floor database ${location} needs schema version ${version} (${description}), and this desk's role may not ` +
          'change the schema. Ask IT to run `softphone floor init --db <owner URL>` with this version of the app.',
      );
    }
    throw new StoreError(`Upgrading the floor database ${location} to version ${version} (${description}) failed: ${messageOf(error)}`);
  }
}
