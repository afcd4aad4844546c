/**
 * The floor database stops mid-shift (a real PostgreSQL server of this scenario's own, stopped and started
 * again): the dials still go out and the status bar says how many wait to be logged; once the server is back
 * the line goes and every dial is in the dial log exactly once.
 */
import pg from 'pg';
import { test, expect } from '../harness/fixtures.ts';
import { startPostgresServer, type PostgresServer } from '../../test/support/postgres-server.ts';
import { ADMIN, dialLogRows, dialOnPad, lastDial, setNote2, udpNote2 } from '../support/app-ui.ts';

let server: PostgresServer;
test.beforeEach(async () => {
  server = await startPostgresServer();
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE outage');
  await admin.end();
});
test.afterEach(() => server.stop());

test('dials go out while the floor database is down, and each is logged once when it is back', async ({ launchHarness, listener }) => {
  const url = server.adminUrl.replace(/\/postgres$/, '/outage');
  const { page } = await launchHarness({ databaseUrl: url });
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await dialOnPad(page, '555-000-0001');
  expect((await listener.next()).text).toBe('452,5550000001');
  // Stored before the server stops (a slow first write may have gone to the outbox, retried within 2 s).
  await expect(await dialLogRows(page)).toHaveCount(1);

  server.halt();
  for (const number of ['555-000-0002', '555-000-0003', '555-000-0004']) {
    await dialOnPad(page, number);
    expect((await listener.next()).text).toBe(`452,${number.replaceAll('-', '')}`);
    await expect(lastDial(page)).toContainText(`Sent "452,${number.replaceAll('-', '')}"`);
  }
  const waiting = page.getByRole('status', { name: 'Dial log' });
  await expect(waiting).toHaveText('Floor database unreachable: 3 dials waiting to be logged');

  server.resume();
  // The outbox retries every 2 s and the window asks again while dials wait: the line goes by itself.
  await expect(waiting).toHaveCount(0, { timeout: 15_000 });
  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(4);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const logged = await client.query<{ number: string }>('SELECT number FROM dial_log ORDER BY id');
  await client.end();
  expect(logged.rows.map((row) => row.number)).toEqual(['555-000-0001', '555-000-0002', '555-000-0003', '555-000-0004']);
});
