/** Live floor: an operator saved on desk A reaches desk B's window as floor:changed (PostgreSQL LISTEN/NOTIFY). */
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../support/postgres-database.ts';
import { nextFloorChange, SETUP, startDesk } from './test-desk.ts';

describe('floor:changed', () => {
  it('tells desk B which operator desk A saved, and desk B then reads the new Note 2', async () => {
    const url = await createTestDatabase('i10_live');
    const deskA = await startDesk({ databaseUrl: url, seed: true });
    await deskA.value('auth:setup', SETUP);
    const deskB = await startDesk({ databaseUrl: url });
    expect(await deskB.services.floorListening).toBe(true);
    const cara = (await deskA.services.store.operators.accounts()).find((o) => o.code === 'CARA');
    if (cara === undefined) throw new Error('no CARA');

    const heard = nextFloorChange(deskB);
    await deskA.value('operator:save', { id: cara.id, code: 'CARA', name: cara.name, useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:777', role: 'operator', active: true });
    expect(await heard).toEqual({ table: 'operators', id: cara.id });
    expect((await deskB.services.store.operators.get(cara.id))?.note2).toBe('UDP:/127.0.0.1:1544:777');

    const schemes = nextFloorChange(deskB);
    await deskA.value('schemes:save', { schemes: ['sip', 'tel', 'callto', 'zoomphonecall'] });
    expect(await schemes).toMatchObject({ table: 'settings' });
  });

  it('is not listened for on this computer\'s own database', async () => {
    const desk = await startDesk();
    expect(await desk.services.floorListening).toBe(false);
  });
});
