/**
 * The floor database goes away mid-shift (a real PostgreSQL server of the test's own, stopped and started
 * again): dials still go out with the settings last read, their rows wait in the outbox, and once the
 * server is back every row is in the dial log exactly once, in the order the dials were made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUdpListener } from '../../../e2e/support/udp-listener.ts';
import { signInNeedsDatabase } from '../../../src/main/auth/auth-service.ts';
import { OUTBOX_FILE_NAME } from '../../../src/main/dial/dial-log-outbox.ts';
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.ts';
import { OPERATOR_PASSWORD, SETUP, startDesk, type Desk } from './test-desk.ts';

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgresServer();
});
afterAll(() => server.stop());

const DIALS_WHILE_DOWN = 7;

async function dialLogRows(url: string): Promise<{ number: string; key: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ number: string; key: string }>('SELECT number, key FROM dial_log ORDER BY id')).rows;
  } finally {
    await client.end();
  }
}

/** Flushes the outbox until it is empty (the pool's first queries after a restart may still meet dead connections). */
async function drain(desk: Desk): Promise<void> {
  while (desk.services.dialLog.waiting > 0) {
    await desk.services.dialLog.flush();
    if (desk.services.dialLog.waiting > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the floor database unreachable mid-shift', () => {
  it('keeps dialing, queues the rows, and logs each exactly once when the server is back', async () => {
    const url = server.adminUrl.replace(/\/postgres$/, '/i10_outage');
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE i10_outage');
    await admin.end();

    const listener = await startUdpListener();
    // A long retry: the test drains the outbox itself once the server is back.
    const desk = await startDesk({ databaseUrl: url, seed: true, outboxRetryMs: 60_000 });
    await desk.value('auth:setup', SETUP);
    const cara = (await desk.services.store.operators.accounts()).find((o) => o.code === 'CARA');
    if (cara === undefined) throw new Error('no CARA in the sample data');
    await desk.value('operator:save', { id: cara.id, code: 'CARA', name: cara.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:109`, role: 'operator', active: true });
    await desk.value('operator:set-password', { operatorId: cara.id, password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });
    await desk.value('auth:sign-in', { code: 'CARA', password: OPERATOR_PASSWORD });
    await desk.value('dial:number', { number: '555-000-0100' });
    expect((await listener.next()).text).toBe('109,5550000100');
    expect((await desk.value('app:state', undefined)).waitingDials).toEqual({ count: 0, message: null });

    server.halt();
    const numbers = Array.from({ length: DIALS_WHILE_DOWN }, (_, i) => `555-000-02${String(i).padStart(2, '0')}`);
    for (const number of numbers) {
      const outcome = await desk.value('dial:number', { number });
      expect(outcome.status).toBe('sent');
      expect((await listener.next()).text).toBe(`109,${number.replaceAll('-', '')}`);
    }
    const state = await desk.value('app:state', undefined);
    expect(state.waitingDials).toEqual({ count: DIALS_WHILE_DOWN, message: `Floor database unreachable: ${DIALS_WHILE_DOWN} dials waiting to be logged` });
    expect(state.session?.code).toBe('CARA');
    // The rows are on disk, not only in memory.
    expect(readFileSync(join(desk.userDataDir, OUTBOX_FILE_NAME), 'utf8').trim().split('\n')).toHaveLength(DIALS_WHILE_DOWN);
    const signIn = await desk.invoke('auth:sign-in', { code: 'ADA', password: SETUP.password });
    expect(signIn).toEqual({ ok: false, error: expect.stringMatching(/^Signing in needs the database, and it cannot be read right now \(.+\)\./) });
    expect(signIn.ok ? '' : signIn.error.replace(/\(.+\)/, '(…)')).toBe(signInNeedsDatabase('…'));

    server.resume();
    await drain(desk);
    // A second flush, and a restart that reads the outbox file again, write nothing twice.
    await desk.services.dialLog.flush();
    await desk.close();
    const again = await startDesk({ userDataDir: desk.userDataDir, databaseUrl: url });
    await again.services.dialLog.flush();
    expect(again.services.dialLog.waiting).toBe(0);
    expect(existsSync(join(desk.userDataDir, OUTBOX_FILE_NAME)) ? readFileSync(join(desk.userDataDir, OUTBOX_FILE_NAME), 'utf8') : '').toBe('');

    const rows = await dialLogRows(url);
    expect(rows.map((row) => row.number)).toEqual(['555-000-0100', ...numbers]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(1 + DIALS_WHILE_DOWN);
    await listener.close();
  });
});
