import { describe, expect, it } from 'vitest';
import { NOT_LOGGED_YET, type NewDialLogEntry } from '../../../../src/main/store/contract.ts';
import { freshStore } from '../temp-store.ts';
import { freshPgStore } from './pg-test-store.ts';

const sent: NewDialLogEntry = {
  key: 'dial-sent', at: '2025-03-04T10:20:30.456Z', operatorId: 3, operatorName: 'Cara Authcode', number: '716-698-3877',
  method: 'udp', target: '127.0.0.1:1544', payload: '109,7166983877,002400004585', result: 'sent', reason: null,
};
const blocked: NewDialLogEntry = { ...sent, key: 'dial-blocked', at: '2025-03-04T10:21:00.000Z', method: null, target: null, payload: null, result: 'blocked', reason: 'Off.' };

describe('call outcomes on the PostgreSQL floor', () => {
  it('pages the dial log for one operator or everyone exactly as the SQLite store does', async () => {
    const pg = await freshPgStore();
    const sqlite = freshStore();
    for (const store of [pg, sqlite]) {
      for (let i = 0; i < 4; i += 1) await store.dialLog.append({ ...sent, key: `cara-${i}` });
      await store.dialLog.append({ ...blocked, operatorId: 4, operatorName: 'Dan Desk' });
    }
    for (const query of [{ operatorId: null, offset: 0, limit: 3 }, { operatorId: 3, offset: 1, limit: 10 }, { operatorId: 4, offset: 0, limit: 10 }, { operatorId: 2, offset: 0, limit: 5 }]) {
      expect(await pg.dialLog.page(query), JSON.stringify(query)).toEqual(await sqlite.dialLog.page(query));
    }
    expect((await pg.dialLog.page({ operatorId: 3, offset: 1, limit: 10 })).total).toBe(4);
  });

  it('appends outcome rows keyed by the dial key: the newest is shown, as the SQLite store shows it', async () => {
    const pg = await freshPgStore();
    const sqlite = freshStore();
    for (const store of [pg, sqlite]) {
      await store.dialLog.append(sent);
      await store.dialLog.append(blocked);
      await store.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T10:21:10.000Z', outcome: 'no-answer', note: null });
      await store.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T11:00:00.000Z', outcome: 'promise', note: 'Pays 50 on Friday' });
    }
    const listed = await pg.dialLog.list(10);
    expect(listed.map((e) => [e.key, e.outcome, e.note, e.outcomeAt])).toEqual([
      ['dial-blocked', null, null, null],
      ['dial-sent', 'promise', 'Pays 50 on Friday', '2025-03-04T11:00:00.000Z'],
    ]);
    expect(listed).toEqual(await sqlite.dialLog.list(10));
    expect(await pg.dialLog.byKey('dial-sent')).toEqual(await sqlite.dialLog.byKey('dial-sent'));
    expect(await pg.dialLog.byKey('nope')).toBeNull();
  });

  it('keeps every report and refuses an outcome for a dial not logged', async () => {
    const pg = await freshPgStore();
    await pg.dialLog.append(sent);
    await pg.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T10:21:10.000Z', outcome: 'busy', note: null });
    await pg.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T10:22:10.000Z', outcome: 'talked', note: 'ok' });
    await expect(pg.dialLog.addOutcome({ dialKey: 'nope', at: '2025-03-04T10:22:10.000Z', outcome: 'busy', note: null })).rejects.toThrow(NOT_LOGGED_YET);
  });
});
