/**
 * Two desks (two instances of the app's services, each with its own user-data folder) on one floor
 * database: an administrator's change on desk A is what CARA dials with on desk B, at the next click once
 * its notice is in, and one dial log holds both desks' dials.
 */
import { describe, expect, it } from 'vitest';
import { startUdpListener } from '../../../e2e/support/udp-listener.ts';
import { createTestDatabase } from '../../support/postgres-database.ts';
import { nextFloorChange, OPERATOR_PASSWORD, saveNote2, SETUP, startDesk } from './test-desk.ts';

describe('two desks on one floor database', () => {
  it('desk B dials with the Note 2 an administrator saved on desk A, and both desks log into one dial log', async () => {
    const url = await createTestDatabase('i10_two_desks');
    const listener = await startUdpListener();
    const deskA = await startDesk({ databaseUrl: url, seed: true });
    await deskA.value('auth:setup', SETUP);
    await saveNote2(deskA, 'CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    const cara = (await deskA.services.store.operators.accounts()).find((o) => o.code === 'CARA');
    await deskA.value('operator:set-password', { operatorId: cara?.id, password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });

    const deskB = await startDesk({ databaseUrl: url });
    expect(await deskB.services.auth.needsSetup()).toBe(false);
    await deskB.value('auth:sign-in', { code: 'CARA', password: OPERATOR_PASSWORD });
    const phone = (await deskB.value('debtors:search', { query: '4585', offset: 0, limit: 5 })).rows[0]?.phones[0];
    if (phone === undefined) throw new Error('no phone for debtor 4585');
    await deskB.value('dial:phone', { phoneId: phone.id });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');

    // Desk B keeps CARA's settings in memory while it listens: the change notice (about 2 ms) is what renews them.
    const heard = nextFloorChange(deskB);
    await saveNote2(deskA, 'CARA', `UDP:/127.0.0.1:${listener.port}:777#authcode`);
    await heard;
    // Another number (the duplicate guard holds back the same number within 2 s), on the dial pad: no authcode there.
    await deskB.value('dial:number', { number: '716-698-3878' });
    expect((await listener.next()).text).toBe('777,7166983878');

    await deskA.value('dial:number', { number: '555-123-7777' });
    // A write slower than the outbox's deadline (a loaded machine) waits in that desk's outbox: written now.
    await Promise.all([deskA.services.dialLog.flush(), deskB.services.dialLog.flush()]);
    const log = await deskA.value('dial-log:list', { operatorId: null, offset: 0, limit: 10 });
    expect(log.total).toBe(3);
    expect(log.rows.map((row) => [row.operatorName, row.payload])).toEqual([
      ['Ada Admin', null],
      ['Cara Authcode', '777,7166983878'],
      ['Cara Authcode', '109,7166983877,002400004585'],
    ]);
    await listener.close();
  });

  it("desk B's window hears of a dial desk A logged, with its row as the log shows it", async () => {
    const url = await createTestDatabase('i11_live_floor_log');
    const deskA = await startDesk({ databaseUrl: url, seed: true });
    await deskA.value('auth:setup', SETUP);
    const deskB = await startDesk({ databaseUrl: url });
    expect(await deskB.services.floorListening).toBe(true);
    const heard: { operatorId: number | null; key: string; operatorName: string }[] = [];
    deskB.services.events.subscribe((event, payload) => {
      if (event === 'dial-log:added' && 'entry' in payload) heard.push({ operatorId: payload.operatorId, key: payload.entry.key, operatorName: payload.entry.operatorName });
    });

    const outcome = await deskA.value('dial:number', { number: '555-123-7777' });
    await expect.poll(() => heard, { timeout: 5000 }).toEqual([{ operatorId: expect.any(Number), key: outcome.dialKey, operatorName: 'Ada Admin' }]);
  });
});
