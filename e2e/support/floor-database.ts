/**
 * A real PostgreSQL database for a browser scenario of a call floor: on SOFTPHONE_TEST_DATABASE_URL's
 * server, or on a throw-away server of the scenario's own (test/support/postgres-server.ts). Dropped after.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testPostgresServer } from '../../test/support/postgres-server.ts';

export type FloorDatabase = { readonly url: string; close(): Promise<void> };

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function openFloorDatabase(): Promise<FloorDatabase> {
  const server = await testPostgresServer();
  const name = `e2e_floor_${randomBytes(6).toString('hex')}`;
  await adminQuery(server.adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async close() {
      await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      server.stop();
    },
  };
}
