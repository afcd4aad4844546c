import { describe, expect, it } from 'vitest';
import { OWN_DIALS_ONLY, setCallOutcome } from '../../../src/main/dial/call-outcome-service.ts';
import { NOT_LOGGED_YET, type NewDialLogEntry } from '../../../src/main/store/contract.ts';
import { openIn, tempDir } from '../store/temp-store.ts';

const dialByCara: NewDialLogEntry = {
  key: 'dial-1', at: '2025-03-04T10:20:30.456Z', operatorId: 3, operatorName: 'Cara Authcode', number: '716-698-3877',
  method: 'udp', target: '127.0.0.1:1544', payload: '109,7166983877,002400004585', result: 'sent', reason: null,
};
const cara = { operatorId: 3, code: 'CARA', name: 'Cara Authcode', role: 'operator' } as const;
const dan = { operatorId: 4, code: 'DAN', name: 'Dan Desk', role: 'operator' } as const;
const admin = { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' } as const;
const at = new Date('2025-03-04T10:25:00.000Z');

describe('setting a call outcome', () => {
  it('stores the operator\'s own report with the note trimmed, an empty note as none', async () => {
    const { store } = openIn(tempDir());
    await store.dialLog.append(dialByCara);
    const first = await setCallOutcome(store, { dialKey: 'dial-1', outcome: 'left-message', note: '  Voicemail full  ' }, cara, at);
    expect([first.outcome, first.note, first.outcomeAt]).toEqual(['left-message', 'Voicemail full', '2025-03-04T10:25:00.000Z']);
    const second = await setCallOutcome(store, { dialKey: 'dial-1', outcome: 'busy', note: '   ' }, cara, at);
    expect([second.outcome, second.note]).toEqual(['busy', null]);
    await store.close();
  });

  it('refuses another operator\'s dial, lets an administrator set it, and names a dial not logged yet', async () => {
    const { store } = openIn(tempDir());
    await store.dialLog.append(dialByCara);
    await expect(setCallOutcome(store, { dialKey: 'dial-1', outcome: 'talked', note: '' }, dan, at)).rejects.toThrow(OWN_DIALS_ONLY);
    expect((await store.dialLog.list(1))[0]?.outcome).toBeNull();
    expect((await setCallOutcome(store, { dialKey: 'dial-1', outcome: 'talked', note: '' }, admin, at)).outcome).toBe('talked');
    await expect(setCallOutcome(store, { dialKey: 'dial-2', outcome: 'talked', note: '' }, cara, at)).rejects.toThrow(NOT_LOGGED_YET);
    await store.close();
  });
});
