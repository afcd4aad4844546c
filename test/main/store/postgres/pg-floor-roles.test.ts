import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { initFloor } from '../../../../src/main/store/postgres/pg-floor-roles.ts';
import { PG_LATEST_VERSION } from '../../../../src/main/store/postgres/pg-migration-steps.ts';
import { createTestDatabase, testRoleName, withUrl } from '../../../support/postgres-database.ts';
import { openPg } from './pg-test-store.ts';

const DIAL = {
  at: '2025-03-04T10:20:30.456Z', operatorId: null, operatorName: 'Cara Authcode', number: '716-698-3877',
  method: 'udp' as const, target: '127.0.0.1:1544', payload: '109,7166983877,authcode', result: 'sent' as const, reason: null,
};

async function asRole(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Sets up a floor database and returns the owner's and the desk role's URLs. */
async function floor(): Promise<{ ownerUrl: string; deskUrl: string; deskRole: string }> {
  const ownerUrl = await createTestDatabase();
  const deskRole = testRoleName();
  const report = await initFloor({ url: ownerUrl }, { deskRole, deskPassword: 'desk secret 1' });
  expect(report.role).toBe('created');
  return { ownerUrl, deskRole, deskUrl: withUrl(ownerUrl, { user: deskRole, password: 'desk secret 1' }) };
}

describe('softphone floor init and the desk role', () => {
  it('creates the schema and the desk role, and says what it did; run again, it changes nothing', async () => {
    const ownerUrl = await createTestDatabase();
    const deskRole = testRoleName();
    const first = await initFloor({ url: ownerUrl }, { deskRole, deskPassword: 'desk secret 1' });
    expect(first.lines[0]).toMatch(`from version 0 to ${PG_LATEST_VERSION}`);
    expect(first.lines[1]).toBe(`Created the desk role ${deskRole}.`);
    const again = await initFloor({ url: ownerUrl }, { deskRole });
    expect(again.lines.slice(0, 2)).toEqual([
      `The schema of ${first.location} is up to date (version ${PG_LATEST_VERSION}).`,
      `Kept the desk role ${deskRole} and its password.`,
    ]);
  });

  it('lets a desk work: operators, settings, dial log, audit trail, import', async () => {
    const { deskUrl } = await floor();
    const desk = await openPg(deskUrl);
    expect(desk.migration.applied).toEqual([]);
    const added = await desk.loadSampleData();
    expect(added.debtors).toBe(42);
    const cara = await desk.operators.credentials('cara');
    await desk.operators.update(cara?.id ?? 0, { code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:110' });
    await desk.settings.setAllowedSchemes(['sip', 'tel']);
    await desk.dialLog.append({ ...DIAL, key: 'desk-1', operatorId: cara?.id ?? null });
    await desk.audit.append({ at: DIAL.at, actorId: null, actorName: 'Setup', operatorId: cara?.id ?? null, field: 'note2', oldValue: 'a', newValue: 'b' });
    expect((await desk.dialLog.list(5)).map((e) => e.payload)).toEqual([DIAL.payload]);
  });

  it("refuses the desk role's UPDATE, DELETE and TRUNCATE of dial-log, outcome and audit rows, and any schema change", async () => {
    const { deskUrl } = await floor();
    const desk = await openPg(deskUrl);
    await desk.dialLog.append({ ...DIAL, key: 'desk-1' });
    await desk.audit.append({ at: DIAL.at, actorId: null, actorName: 'Setup', operatorId: null, field: 'allowedSchemes', oldValue: null, newValue: 'sip' });
    await asRole(deskUrl, async (client) => {
      await client.query("INSERT INTO dial_outcomes (dial_key, at, outcome) VALUES ('desk-1', $1, 'no answer')", [DIAL.at]);
      for (const sql of [
        "UPDATE dial_log SET number = '0' WHERE key = 'desk-1'",
        'DELETE FROM dial_log',
        'TRUNCATE dial_log',
        "UPDATE audit_log SET new_value = 'tel'",
        'DELETE FROM audit_log',
        "UPDATE dial_outcomes SET outcome = 'paid'",
        'DELETE FROM dial_outcomes',
      ]) {
        await expect(client.query(sql), sql).rejects.toThrow(/permission denied for table (dial_log|audit_log|dial_outcomes)/);
      }
      await expect(client.query('CREATE TABLE notes (id int)')).rejects.toThrow('permission denied for schema public');
      await expect(client.query('DROP TABLE dial_log')).rejects.toThrow('must be owner of table dial_log');
    });
    expect((await desk.dialLog.list(5)).map((e) => e.number)).toEqual([DIAL.number]);
    expect(await desk.audit.list(5)).toHaveLength(1);
  });

  it('refuses even the owner an UPDATE or DELETE of the append-only tables (their triggers)', async () => {
    const { ownerUrl } = await floor();
    const owner = await openPg(ownerUrl);
    await owner.dialLog.append({ ...DIAL, key: 'owner-1' });
    await owner.audit.append({ at: DIAL.at, actorId: null, actorName: 'IT', operatorId: null, field: 'allowedSchemes', oldValue: null, newValue: 'sip' });
    await asRole(ownerUrl, async (client) => {
      await expect(client.query("UPDATE dial_log SET number = '0'")).rejects.toThrow('The dial_log table is append-only: its rows are never changed or removed.');
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow('The audit_log table is append-only');
      await expect(client.query('TRUNCATE audit_log')).rejects.toThrow('The audit_log table is append-only');
      await expect(client.query('TRUNCATE dial_log CASCADE')).rejects.toThrow('is append-only');
    });
  });

  it('needs a password to create the desk role, and refuses a name that is not a plain identifier', async () => {
    const ownerUrl = await createTestDatabase();
    const deskRole = testRoleName();
    await expect(initFloor({ url: ownerUrl }, { deskRole })).rejects.toThrow(`The desk role ${deskRole} does not exist yet: give its password (--desk-password) to create it.`);
    await expect(initFloor({ url: ownerUrl }, { deskRole: 'desk"; DROP' })).rejects.toThrow('cannot be the desk role');
  });
});
