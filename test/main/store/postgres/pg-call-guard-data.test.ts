import { describe, expect, it } from 'vitest';
import type { NewDialLogEntry, Store } from '../../../../src/main/store/contract.ts';
import { freshStore } from '../temp-store.ts';
import { freshPgStore } from './pg-test-store.ts';

/** The call guard's data (addresses, do-not-call marks, dials per file, policy, dial plan) on both backends. */
const dial = (key: string, at: string, fileNumber: string | null, result: NewDialLogEntry['result'] = 'sent'): NewDialLogEntry => ({
  key, at, operatorId: 3, operatorName: 'Cara Authcode', number: '716-698-3877', fileNumber,
  method: 'udp', target: '127.0.0.1:1544', payload: '109,7166983877,002400004585', result, reason: null,
});

async function phoneOf(store: Store, fileNumber: string): Promise<number> {
  const phone = (await store.debtors.search(fileNumber, 0, 1)).rows[0]?.phones[0];
  if (phone === undefined) throw new Error(`no phone for ${fileNumber}`);
  return phone.id;
}

describe.each([
  ['SQLite', async () => freshStore()],
  ['PostgreSQL', async () => (await freshPgStore()) as Store],
])('call guard data (%s)', (_name, fresh) => {
  it('gives each sample debtor its address, and no marks', async () => {
    const store = await fresh();
    const morgan = await store.debtors.callFacts(await phoneOf(store, '4585'));
    expect(morgan).toMatchObject({ number: '716-698-3877', fileNumber: '4585', clientNumber: '24', timezone: null, state: 'NY', zip: '14202', debtorDoNotCall: null, phoneDoNotCall: null });
    expect(await store.debtors.callFacts(await phoneOf(store, '100200'))).toMatchObject({ timezone: 'America/New_York', state: null, zip: null });
    expect(await store.debtors.callFacts(987654)).toBeNull();
  });

  it('keeps a do-not-call mark with its date and who set it, on the phone or the debtor, and clears it', async () => {
    const store = await fresh();
    const phoneId = await phoneOf(store, '4585');
    await store.debtors.setPhoneDoNotCall(phoneId, { at: '2025-03-04T10:20:30.456Z', by: 'Cara Authcode' });
    const facts = await store.debtors.callFacts(phoneId);
    expect(facts?.phoneDoNotCall).toEqual({ at: '2025-03-04T10:20:30.456Z', by: 'Cara Authcode' });
    expect(facts?.debtorDoNotCall).toBeNull();
    await store.debtors.setDebtorDoNotCall(facts?.debtorId ?? 0, { at: '2025-03-05T09:00:00.000Z', by: 'import' });
    await store.debtors.setPhoneDoNotCall(phoneId, null);
    expect(await store.debtors.callFacts(phoneId)).toMatchObject({ phoneDoNotCall: null, debtorDoNotCall: { at: '2025-03-05T09:00:00.000Z', by: 'import' } });
    await expect(store.debtors.setPhoneDoNotCall(987654, null)).rejects.toThrow('That phone number no longer exists.');
    await expect(store.debtors.setDebtorDoNotCall(987654, null)).rejects.toThrow('That debtor no longer exists.');
  });

  it('lists the dials to one file since a time, oldest first, with each newest outcome', async () => {
    const store = await fresh();
    await store.dialLog.append(dial('old', '2025-02-20T10:00:00.000Z', '4585'));
    await store.dialLog.append(dial('b', '2025-03-02T10:00:00.000Z', '4585', 'blocked'));
    await store.dialLog.append(dial('a', '2025-03-01T10:00:00.000Z', '4585'));
    await store.dialLog.append(dial('other', '2025-03-02T11:00:00.000Z', '12345678'));
    await store.dialLog.append(dial('pad', '2025-03-02T12:00:00.000Z', null));
    await store.dialLog.addOutcome({ dialKey: 'a', at: '2025-03-01T10:01:00.000Z', outcome: 'busy', note: null });
    expect(await store.dialLog.callsToFile('4585', '2025-02-25T00:00:00.000Z')).toEqual([
      { at: '2025-03-01T10:00:00.000Z', result: 'sent', outcome: 'busy', consent: false },
      { at: '2025-03-02T10:00:00.000Z', result: 'blocked', outcome: null, consent: false },
    ]);
  });

  it('stores the call policy and the dial plan, refusing what is not valid', async () => {
    const store = await fresh();
    expect(await store.settings.callPolicy()).toEqual({ 'do-not-call': 'block', 'calling-hours': 'block', 'seven-in-seven': 'block', 'after-conversation': 'block' });
    await store.settings.setCallPolicy({ 'seven-in-seven': 'warn' });
    expect((await store.settings.callPolicy())['seven-in-seven']).toBe('warn');
    await expect(store.settings.setCallPolicy({ 'seven-in-seven': 'ignore' } as never)).rejects.toThrow('The rule "seven-in-seven" can warn or block, not "ignore".');
    await expect(store.settings.setCallPolicy({ nope: 'warn' } as never)).rejects.toThrow('"nope" is not a call rule');
    expect(await store.settings.numberPlan()).toEqual({});
    await store.settings.setNumberPlan({ outsideLine: ' 9 ', homeCountry: '1', intlPrefix: '011' });
    expect(await store.settings.numberPlan()).toEqual({ outsideLine: '9', homeCountry: '1', intlPrefix: '011' });
    await expect(store.settings.setNumberPlan({ intlPrefix: '011' })).rejects.toThrow('An international access code needs a home country');
    expect(await store.settings.numberPlan()).toEqual({ outsideLine: '9', homeCountry: '1', intlPrefix: '011' });
  });
});
