import { describe, expect, it } from 'vitest';
import { subscribeFloorChanges, type FloorChange, type FloorSubscription } from '../../../../src/main/store/postgres/pg-notify.ts';
import { adminQuery, createTestDatabase } from '../../../support/postgres-database.ts';
import { openPg } from './pg-test-store.ts';

/** Resolves with the first change `accept` takes, or rejects after `ms`. */
function nextChange(changes: FloorChange[], accept: (change: FloorChange) => boolean, ms = 2000): Promise<FloorChange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = changes.find(accept);
      if (found !== undefined) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`No matching change within ${ms} ms; got ${JSON.stringify(changes)}`));
      }
    }, 10);
  });
}

async function listening(url: string, changes: FloorChange[]): Promise<FloorSubscription> {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const subscription = subscribeFloorChanges({ url }, (change) => changes.push(change), {
    onStatus: (status) => {
      if (status.connected) connected();
    },
  });
  await ready;
  return subscription;
}

describe('live floor changes (LISTEN/NOTIFY)', () => {
  it("tells desk B within 2 s that desk A saved an operator or changed a setting", async () => {
    const url = await createTestDatabase();
    const deskA = await openPg(url, { seed: true });
    const changes: FloorChange[] = [];
    const subscription = await listening(url, changes);
    try {
      const cara = await deskA.operators.credentials('CARA');
      await deskA.operators.update(cara?.id ?? 0, { code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:110' });
      expect(await nextChange(changes, (c) => c.table === 'operators')).toEqual({ table: 'operators', id: cara?.id });
      await deskA.settings.setAllowedSchemes(['sip']);
      expect(await nextChange(changes, (c) => c.table === 'settings')).toEqual({ table: 'settings', id: 'allowedSchemes' });
    } finally {
      await subscription.close();
    }
  });

  it('reconnects after losing its connection, says to reload, and goes on telling changes', async () => {
    const url = await createTestDatabase();
    await (await openPg(url)).close();
    const changes: FloorChange[] = [];
    const subscription = await listening(url, changes);
    try {
      const database = new URL(url).pathname.slice(1);
      await adminQuery(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'`,
        [database],
      );
      await nextChange(changes, (c) => c.table === 'resync', 5000);
      const deskB = await openPg(url);
      await deskB.operators.create({ code: 'EVE', name: 'Eve', useSoftphone: false, note2: '' });
      expect(await nextChange(changes, (c) => c.table === 'operators')).toMatchObject({ table: 'operators' });
    } finally {
      await subscription.close();
    }
  });

  it('tells which file an outcome was set for, and that some debtor changed, once per statement however many rows', async () => {
    const url = await createTestDatabase();
    const desk = await openPg(url, { seed: true });
    const changes: FloorChange[] = [];
    const subscription = await listening(url, changes);
    try {
      const file = (await adminQuery('SELECT file_number FROM debtors ORDER BY id LIMIT 1', [], url)).rows[0]?.file_number as string;
      await desk.dialLog.append({
        key: 'k-1', at: '2026-12-02T19:00:00.000Z', operatorId: null, operatorName: 'X', fileNumber: file, number: '7165550101',
        method: 'udp', target: 't', payload: 'p', result: 'sent', reason: null,
      });
      await desk.dialLog.addOutcome({ dialKey: 'k-1', at: '2026-12-02T19:01:00.000Z', outcome: 'busy', note: null });
      expect(await nextChange(changes, (c) => c.table === 'dial_outcomes')).toEqual({ table: 'dial_outcomes', id: 'k-1', file });
      await adminQuery("UPDATE phones SET do_not_call_at = 'now', do_not_call_by = 'test'", [], url);
      expect(await nextChange(changes, (c) => c.table === 'debtors')).toEqual({ table: 'debtors' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(changes.filter((c) => c.table === 'debtors')).toHaveLength(1);
    } finally {
      await subscription.close();
      await desk.close();
    }
  });
});
