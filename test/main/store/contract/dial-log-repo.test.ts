import { describe, expect, it } from 'vitest';
import type { NewDialLogEntry } from '../../../../src/main/store/contract.ts';
import { BACKENDS } from './backends.ts';

const sent: NewDialLogEntry = {
  key: 'dial-sent',
  at: '2025-03-04T10:20:30.456Z',
  operatorId: 3,
  operatorName: 'Cara Authcode',
  number: '716-698-3877',
  method: 'udp',
  target: '127.0.0.1:1544',
  payload: '109,7166983877,002400004585',
  result: 'sent',
  reason: null,
};
const blocked: NewDialLogEntry = {
  key: 'dial-blocked',
  at: '2025-03-04T10:21:00.000Z',
  operatorId: 4,
  operatorName: 'Dan Desk',
  number: '555-123-7777',
  method: null,
  target: null,
  payload: null,
  result: 'blocked',
  reason: 'Softphone dialing is off for Dan Desk.',
};

describe.each(BACKENDS)('dial log ($name)', (backend) => {
  it('appends an entry and returns it with its id', async () => {
    const store = await backend.fresh();
    const { operatorId: _operatorId, ...shown } = sent;
    expect(await store.dialLog.append(sent)).toEqual({ id: 1, ...shown, outcome: null, note: null, outcomeAt: null, consent: false, fileNumber: null, debtorName: null, clientNumber: null, clientName: null, testOf: null });
  });

  it('lists newest first, up to the limit', async () => {
    const store = await backend.fresh();
    await store.dialLog.append(sent);
    await store.dialLog.append(blocked);
    await store.dialLog.append({ ...sent, key: 'dial-failed', at: '2025-03-04T10:22:00.000Z', result: 'failed', reason: 'Network unreachable.' });
    expect((await store.dialLog.list(10)).map((e) => [e.id, e.result, e.operatorName])).toEqual([
      [3, 'failed', 'Cara Authcode'],
      [2, 'blocked', 'Dan Desk'],
      [1, 'sent', 'Cara Authcode'],
    ]);
    expect((await store.dialLog.list(2)).map((e) => e.id)).toEqual([3, 2]);
    expect((await store.dialLog.list(10))[1]).toEqual({
      id: 2, at: '2025-03-04T10:21:00.000Z', operatorName: 'Dan Desk', number: '555-123-7777', method: null,
      target: null, payload: null, result: 'blocked', reason: 'Softphone dialing is off for Dan Desk.',
      key: 'dial-blocked', outcome: null, note: null, outcomeAt: null, consent: false, fileNumber: null, debtorName: null, clientNumber: null, clientName: null, testOf: null,
    });
  });

  it("names the debtor of a dial by its file number, and keeps a test dial's mark", async () => {
    const store = await backend.fresh();
    await store.dialLog.append({ ...sent, key: 'dial-morgan', fileNumber: '4585' });
    await store.dialLog.append({ ...sent, key: 'dial-test', operatorName: 'Ada Admin', testOf: 'Cara Authcode' });
    const [test, morgan] = await store.dialLog.list(2);
    expect(morgan).toMatchObject({ fileNumber: '4585', debtorName: 'Morgan Ellis', clientNumber: '24', testOf: null });
    expect(morgan?.clientName).toMatch(/\S/);
    expect(test).toMatchObject({ operatorName: 'Ada Admin', testOf: 'Cara Authcode', fileNumber: null, debtorName: null });
    expect((await store.dialLog.byKey('dial-test'))?.entry.testOf).toBe('Cara Authcode');
  });

  it("keeps the debtor's consent with the outcome, and the newest outcome row decides it", async () => {
    const store = await backend.fresh();
    await store.dialLog.append({ ...sent, key: 'asked-for', fileNumber: '4585' });
    const asked = await store.dialLog.addOutcome({ dialKey: 'asked-for', at: '2025-03-04T10:25:00.000Z', outcome: 'talked', note: null, consent: true });
    expect(asked.consent).toBe(true);
    expect(await store.dialLog.callsToFile('4585', '2025-03-01T00:00:00.000Z')).toEqual([{ at: sent.at, result: 'sent', outcome: 'talked', consent: true }]);
    const later = await store.dialLog.addOutcome({ dialKey: 'asked-for', at: '2025-03-04T10:26:00.000Z', outcome: 'talked', note: null });
    expect(later.consent).toBe(false);
  });

  it("reads a phone's call facts and its file's calls since a time together, the newest outcome deciding each", async () => {
    const store = await backend.fresh();
    const phone = (await store.debtors.search('4585', 0, 1)).rows[0]?.phones[0];
    if (phone === undefined) throw new Error('no phone for debtor 4585');
    await store.dialLog.append({ ...sent, key: 'old', at: '2025-02-20T10:00:00.000Z', fileNumber: '4585' });
    await store.dialLog.append({ ...sent, key: 'second', at: '2025-03-04T11:00:00.000Z', fileNumber: '4585' });
    await store.dialLog.append({ ...blocked, key: 'first', at: '2025-03-04T10:00:00.000Z', fileNumber: '4585' });
    await store.dialLog.append({ ...sent, key: 'other file', at: '2025-03-04T10:30:00.000Z', fileNumber: '12345678' });
    await store.dialLog.addOutcome({ dialKey: 'second', at: '2025-03-04T11:05:00.000Z', outcome: 'no-answer', note: null });
    await store.dialLog.addOutcome({ dialKey: 'second', at: '2025-03-04T11:06:00.000Z', outcome: 'talked', note: null, consent: true });
    const history = await store.dialLog.callHistory(phone.id, '2025-03-01T00:00:00.000Z');
    expect(history?.facts).toEqual(await store.debtors.callFacts(phone.id));
    expect(history?.calls).toEqual([
      { at: '2025-03-04T10:00:00.000Z', result: 'blocked', outcome: null, consent: false },
      { at: '2025-03-04T11:00:00.000Z', result: 'sent', outcome: 'talked', consent: true },
    ]);
    expect(history?.calls).toEqual(await store.dialLog.callsToFile('4585', '2025-03-01T00:00:00.000Z'));
    expect((await store.dialLog.callHistory(phone.id, '2025-03-05T00:00:00.000Z'))?.calls).toEqual([]);
    expect(await store.dialLog.callHistory(999_999, '2025-03-01T00:00:00.000Z')).toBeNull();
  });

  it('pages newest first, for one operator or everyone, with the size of the whole selection', async () => {
    const store = await backend.fresh();
    for (let i = 0; i < 5; i += 1) await store.dialLog.append({ ...sent, key: `cara-${i}`, number: `555-000-000${i}` });
    await store.dialLog.append(blocked);
    const everyone = await store.dialLog.page({ operatorId: null, offset: 0, limit: 2 });
    expect(everyone.total).toBe(6);
    expect(everyone.rows.map((e) => e.key)).toEqual(['dial-blocked', 'cara-4']);
    const cara = await store.dialLog.page({ operatorId: 3, offset: 3, limit: 10 });
    expect(cara).toEqual({ total: 5, rows: [expect.objectContaining({ key: 'cara-1' }), expect.objectContaining({ key: 'cara-0' })] });
    expect(await store.dialLog.page({ operatorId: 2, offset: 0, limit: 10 })).toEqual({ total: 0, rows: [] });
    expect((await store.dialLog.page({ operatorId: null, offset: 6, limit: 10 })).rows).toEqual([]);
    await expect(store.dialLog.page({ operatorId: null, offset: -1, limit: 10 })).rejects.toThrow('A dial log offset must be a whole number of at least 0, not -1.');
  });

  it('keeps the operator name as it was when the call was made', async () => {
    const store = await backend.fresh();
    await store.dialLog.append(sent);
    await store.operators.update(3, { code: 'CARA', name: 'Cara Renamed', useSoftphone: true, note2: 'sip:' });
    expect((await store.dialLog.list(1))[0]?.operatorName).toBe('Cara Authcode');
  });

  it('logs dials made by no operator (a dial-pad test before anyone is chosen)', async () => {
    const store = await backend.fresh();
    expect((await store.dialLog.append({ ...blocked, operatorId: null, operatorName: '' })).id).toBe(1);
  });

  it('refuses an operator id that does not exist', async () => {
    const store = await backend.fresh();
    await expect(store.dialLog.append({ ...sent, operatorId: 99 })).rejects.toThrow(
      'The dial could not be logged: there is no operator with id 99.',
    );
    expect(await store.dialLog.list(10)).toEqual([]);
  });

  it('is empty in a new database', async () => {
    expect(await (await backend.fresh()).dialLog.list(100)).toEqual([]);
  });

  it('stores a key once: a second append of it resolves to the row already there', async () => {
    const store = await backend.fresh();
    const first = await store.dialLog.append(sent);
    expect(await store.dialLog.append({ ...sent, number: 'a retry changes nothing' })).toEqual(first);
    expect((await store.dialLog.list(10)).map((e) => e.number)).toEqual(['716-698-3877']);
  });

  it('records outcomes as new rows: the newest is the dial\'s, every report stays stored', async () => {
    const store = await backend.fresh();
    await store.dialLog.append(sent);
    await store.dialLog.append(blocked);
    const first = await store.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T10:21:10.000Z', outcome: 'no-answer', note: null });
    expect([first.outcome, first.note, first.outcomeAt]).toEqual(['no-answer', null, '2025-03-04T10:21:10.000Z']);
    const later = await store.dialLog.addOutcome({ dialKey: 'dial-sent', at: '2025-03-04T11:00:00.000Z', outcome: 'promise', note: 'Pays 50 on Friday' });
    expect([later.id, later.key, later.outcome, later.note]).toEqual([1, 'dial-sent', 'promise', 'Pays 50 on Friday']);
    expect((await store.dialLog.list(10)).map((e) => [e.key, e.outcome, e.note])).toEqual([
      ['dial-blocked', null, null],
      ['dial-sent', 'promise', 'Pays 50 on Friday'],
    ]);
    const found = await store.dialLog.byKey('dial-sent');
    expect([found?.operatorId, found?.entry.outcome]).toEqual([3, 'promise']);
    expect(await store.dialLog.byKey('no-such-dial')).toBeNull();
  });

  it('refuses an outcome for a dial that is not logged, naming why', async () => {
    const store = await backend.fresh();
    await expect(
      store.dialLog.addOutcome({ dialKey: 'no-such-dial', at: '2025-03-04T11:00:00.000Z', outcome: 'busy', note: null }),
    ).rejects.toThrow('That dial is not in the dial log yet');
  });
});
