import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFloorConnection } from '../../../../src/main/store/postgres/pg-connection-test.ts';
import { PG_LATEST_VERSION } from '../../../../src/main/store/postgres/pg-migration-steps.ts';
import { MIGRATIONS_TABLE } from '../../../../src/main/store/postgres/pg-migrate.ts';
import { adminQuery, adminUrl, ownServer, testRoleName, withUrl } from '../../../support/postgres-database.ts';
import { freePort, startPostgresServer, type PostgresServer } from '../../../support/postgres-server.ts';
import { openPg } from './pg-test-store.ts';

/*
 * A wrong password is only refused by a server that asks for one: the run's own server does; a server
 * given by SOFTPHONE_TEST_DATABASE_URL may trust everyone, so then this file starts one of its own.
 */
let server: PostgresServer | null = null;
let admin = '';
const databases: string[] = [];
const role = testRoleName('check');

beforeAll(async () => {
  if (!ownServer()) server = await startPostgresServer();
  admin = server?.adminUrl ?? adminUrl();
  await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD 'right password'`, [], admin);
}, 60_000);

afterAll(async () => {
  for (const name of databases) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, [], admin);
  if (server !== null) server.stop();
  else await adminQuery(`DROP ROLE IF EXISTS ${role}`, [], admin);
});

async function database(name: string): Promise<string> {
  const full = `${name}_${role}`;
  await adminQuery(`CREATE DATABASE ${full} OWNER ${role}`, [], admin);
  databases.push(full);
  return withUrl(admin, { database: full, user: role, password: 'right password' });
}

describe('Test connection says exactly what failed', () => {
  it('host unreachable: nothing listens on the port', async () => {
    const port = await freePort();
    const check = await testFloorConnection({ url: `postgres://desk:pw@127.0.0.1:${port}/softphone` });
    expect(check).toEqual({
      ok: false,
      kind: 'unreachable',
      message: `The database server at 127.0.0.1:${port} cannot be reached (ECONNREFUSED): check the host name and port, and that PostgreSQL is running there.`,
    });
  });

  it('wrong password', async () => {
    const url = withUrl(await database('pw'), { password: 'wrong password' });
    const check = await testFloorConnection({ url });
    expect(check).toMatchObject({ ok: false, kind: 'wrong-password' });
    expect(check.message).toMatch(`refused the password for user "${role}": check the user name and password.`);
  });

  it('database missing, from the settings form rather than a URL', async () => {
    const url = new URL(admin);
    const check = await testFloorConnection({ host: url.hostname, port: Number(url.port), database: 'no_such_floor', user: role, password: 'right password' });
    expect(check).toEqual({
      ok: false,
      kind: 'no-database',
      message: `The server at ${url.hostname}:${url.port} has no database "no_such_floor": check its name, or ask IT to create it and run softphone floor init.`,
    });
  });

  it('TLS refused: the server has TLS off and the desk requires it', async () => {
    const check = await testFloorConnection({ url: `${await database('tls')}?sslmode=require` });
    expect(check).toMatchObject({ ok: false, kind: 'tls-refused' });
    expect(check.message).toMatch('does not accept TLS connections: set the TLS mode to "disable", or ask IT to turn TLS on.');
  });

  it('not a Softphone database: empty, or holding other tables', async () => {
    const empty = await database('empty');
    expect(await testFloorConnection({ url: empty })).toMatchObject({ ok: false, kind: 'not-softphone', message: expect.stringMatching('it is empty. Ask IT to run softphone floor init') });
    await adminQuery('CREATE TABLE invoices (id int)', [], empty);
    expect(await testFloorConnection({ url: empty })).toMatchObject({ ok: false, kind: 'not-softphone', message: expect.stringContaining('is not a Softphone database: it holds other tables (invoices)') });
  });

  it('newer schema than this app, and ready once it is this version', async () => {
    const url = await database('floor');
    await (await openPg(url)).close();
    expect(await testFloorConnection({ url })).toMatchObject({ ok: true, version: PG_LATEST_VERSION });
    await adminQuery(`INSERT INTO ${MIGRATIONS_TABLE} (version, description) VALUES ($1, 'later')`, [PG_LATEST_VERSION + 1], url);
    expect(await testFloorConnection({ url })).toMatchObject({ ok: false, kind: 'newer-schema', message: expect.stringMatching('set up by a newer version of Softphone Launcher') });
  });

  it('a URL that cannot be read, never echoing its password', async () => {
    const check = await testFloorConnection({ url: 'postgres://desk:s3cret@' });
    expect(check).toMatchObject({ ok: false, kind: 'bad-settings' });
    expect(check.message).not.toContain('s3cret');
  });
});
