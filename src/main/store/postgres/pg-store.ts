import pg from 'pg';
import type { Repos, Store } from '../contract.ts';
import { messageOf, StoreError } from '../store-error.ts';
import { createPgAuditLogRepo } from './pg-audit-log-repo.ts';
import { describeConnectFailure } from './pg-connect-failure.ts';
import type { Db } from './pg-db.ts';
import { createPgDebtorsRepo } from './pg-debtors-repo.ts';
import { createPgDialLogRepo } from './pg-dial-log-repo.ts';
import { importDebtorsPostgres } from './pg-import.ts';
import { migratePostgres, type MigrationReport } from './pg-migrate.ts';
import { createPgOperatorsRepo } from './pg-operators-repo.ts';
import { addSampleData } from './pg-sample-data.ts';
import { clientConfig, type PgConnectionSettings } from './pg-settings-url.ts';
import { createPgSettingsRepo } from './pg-settings-repo.ts';

export type PgStoreOptions = {
  readonly now?: () => Date;
  /** Fill a new (just created) schema with the sample data; default false: a floor starts empty. */
  readonly seed?: boolean;
  /** Connections a desk keeps at most (default 4: the app, an import, a transaction, a spare). */
  readonly maxConnections?: number;
};

export type PgStore = Store & {
  readonly backend: 'postgres';
  /** What migrating at start did: from and to which schema version. */
  readonly migration: MigrationReport;
  /** The pool, for floor tools (softphone log, floor init) that read beyond the contract. */
  readonly pool: pg.Pool;
};

function createRepos(db: Db, now: () => Date): Repos {
  return {
    operators: createPgOperatorsRepo(db, now),
    debtors: createPgDebtorsRepo(db),
    dialLog: createPgDialLogRepo(db),
    settings: createPgSettingsRepo(db),
    audit: createPgAuditLogRepo(db),
  };
}

/** Runs `work` in one transaction on one pooled client: all of its writes are stored, or none. */
async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Connects to a floor database, brings its schema up to date under the advisory lock (see pg-migrate.ts)
 * and composes the repositories over a connection pool. Rejects with StoreError saying what failed.
 */
export async function openPostgresStore(settings: PgConnectionSettings, options: PgStoreOptions = {}): Promise<PgStore> {
  const now = options.now ?? (() => new Date());
  const { location, ...config } = clientConfig(settings);
  const pool = new pg.Pool({ ...config, max: options.maxConnections ?? 4, application_name: 'softphone-launcher' });
  // An idle connection the server drops (a restart) must not crash the app: the next query reconnects.
  pool.on('error', () => undefined);
  let migration: MigrationReport;
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw new StoreError(describeConnectFailure(error, config, location));
    });
    try {
      migration = await migratePostgres(client, location);
      if (migration.from === 0 && options.seed === true) {
        await client.query('BEGIN');
        await addSampleData(client, now);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error instanceof StoreError ? error : new StoreError(`The floor database ${location} could not be prepared: ${messageOf(error)}`);
  }
  return {
    backend: 'postgres',
    location,
    migration,
    pool,
    ...createRepos(pool, now),
    transaction: (work) => inPgTransaction(pool, (client) => work(createRepos(client, now))),
    loadSampleData: () => inPgTransaction(pool, (client) => addSampleData(client, now)),
    importDebtors: (filePath, importOptions) => importDebtorsPostgres(pool, filePath, importOptions),
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
