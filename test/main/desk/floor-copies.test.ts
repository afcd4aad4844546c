/**
 * A listening desk keeps the settings a dial reads in memory (src/main/dial/settings-copies.ts): a change reaches
 * its dials through the floor's change notice, or at once when the change is its own. To tell a copy from a
 * read, the test changes CARA's Note 2 behind the app's back, with the notice trigger off.
 */
import { describe, expect, it } from 'vitest';
import { startUdpListener } from '../../../e2e/support/udp-listener.ts';
import { adminQuery, createTestDatabase, withTriggerOff } from '../../support/postgres-database.ts';
import { nextFloorChange, OPERATOR_PASSWORD, SETUP, startDesk } from './test-desk.ts';

/** CARA's Note 2 written straight into the floor database, with no notice sent. */
async function quietly(url: string, id: number, note2: string): Promise<void> {
  await withTriggerOff(url, 'operators', 'operators_notify', () => adminQuery('UPDATE operators SET note2 = $1 WHERE id = $2', [note2, id], url));
}

describe("a listening desk's settings", () => {
  it('are copies renewed by the change notice, and by the desk\'s own saves at once', async () => {
    const url = await createTestDatabase('i10_copies');
    const listener = await startUdpListener();
    const deskA = await startDesk({ databaseUrl: url, seed: true });
    await deskA.value('auth:setup', SETUP);
    const cara = (await deskA.services.store.operators.accounts()).find((o) => o.code === 'CARA');
    if (cara === undefined) throw new Error('no CARA');
    const save = (note2: string) => ({ id: cara.id, code: 'CARA', name: cara.name, useSoftphone: true, note2, role: 'operator', active: true });
    await deskA.value('operator:save', save(`UDP:/127.0.0.1:${listener.port}:109`));
    await deskA.value('operator:set-password', { operatorId: cara.id, password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });

    const deskB = await startDesk({ databaseUrl: url });
    expect(await deskB.services.floorListening).toBe(true);
    await deskB.value('auth:sign-in', { code: 'CARA', password: OPERATOR_PASSWORD });
    await deskB.value('dial:number', { number: '555-000-0101' });
    expect((await listener.next()).text).toBe('109,5550000101');

    // No notice: desk B dials with its copy, not reading CARA again.
    await quietly(url, cara.id, `UDP:/127.0.0.1:${listener.port}:555`);
    await deskB.value('dial:number', { number: '555-000-0102' });
    expect((await listener.next()).text).toBe('109,5550000102');

    // An administrator's save on desk A: its notice renews desk B's copy.
    const heard = nextFloorChange(deskB);
    await deskA.value('operator:save', save(`UDP:/127.0.0.1:${listener.port}:777`));
    expect(await heard).toEqual({ table: 'operators', id: cara.id });
    await deskB.value('dial:number', { number: '555-000-0103' });
    expect((await listener.next()).text).toBe('777,5550000103');

    // A save on desk B itself applies to its next dial with no notice at all.
    await quietly(url, cara.id, `UDP:/127.0.0.1:${listener.port}:555`);
    await withTriggerOff(url, 'operators', 'operators_notify', () =>
      deskB.services.store.operators.update(cara.id, { code: 'CARA', name: cara.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:888` }),
    );
    await deskB.value('dial:number', { number: '555-000-0104' });
    expect((await listener.next()).text).toBe('888,5550000104');
    await listener.close();
  });
});
