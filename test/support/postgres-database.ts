/**
 * A fresh database per test file on the run's PostgreSQL server (postgres-global-setup.ts), dropped
 * after the file's tests. Tests get URLs, never a mock.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

export function adminUrl(): string {
  return inject('postgresAdminUrl');
}

/** True when the server was started by the tests: roles other than `postgres` then sign in by password. */
export function ownServer(): boolean {
  return inject('postgresOwnServer');
}

/** `url` with another database, user or password. */
export function withUrl(url: string, change: { database?: string; user?: string; password?: string }): string {
  const next = new URL(url);
  if (change.database !== undefined) next.pathname = `/${change.database}`;
  if (change.user !== undefined) next.username = encodeURIComponent(change.user);
  if (change.password !== undefined) next.password = encodeURIComponent(change.password);
  return next.toString();
}

export async function adminQuery(sql: string, params: unknown[] = [], url = adminUrl()): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** `work` run with trigger `trigger` of `table` off in database `url`: what it writes there sends no change notice. */
export async function withTriggerOff<T>(url: string, table: string, trigger: string, work: () => Promise<T>): Promise<T> {
  await adminQuery(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`, [], url);
  try {
    return await work();
  } finally {
    await adminQuery(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`, [], url);
  }
}

const created: string[] = [];

/** Creates an empty database (owned by the admin role) and returns a superuser URL on it; dropped after the file. */
export async function createTestDatabase(prefix = 'softphone_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  created.push(name);
  return withUrl(adminUrl(), { database: name });
}

const roles: string[] = [];

/** A role name of this file's own (roles are server-wide), dropped after the file's databases. */
export function testRoleName(prefix = 'desk'): string {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  roles.push(name);
  return name;
}

afterAll(async () => {
  for (const name of created.splice(0)) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  for (const name of roles.splice(0)) await adminQuery(`DROP ROLE IF EXISTS ${name}`);
});
