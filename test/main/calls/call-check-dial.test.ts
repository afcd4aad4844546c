import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { createCallCheck } from '../../../src/main/calls/call-check.ts';
import { loadZoneLookup } from '../../../src/main/calls/zone-lookup.ts';
import { createDialService, type DialService } from '../../../src/main/dial/dial-service.ts';
import { createDuplicateGuard } from '../../../src/main/dial/duplicate-guard.ts';
import { sendDatagram } from '../../../src/main/dial/udp-dialer.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { freshStore } from '../store/temp-store.ts';

/*
 * The guard at click time: main checks each dial of a debtor's phone against the debtor's history, address
 * and marks, with the clock it is given, before anything goes on the wire. Real SQLite, real UDP on loopback.
 * Morgan Ellis (file 4585, 716-698-3877) lives in NY: Eastern time. Pat Sample (555-123-7777) in ZIP 60601.
 */
const zones = loadZoneLookup();
let listener: UdpListener;
let store: Store;
let clock: Date;
let service: DialService;
let ben: number;

async function phoneOf(fileNumber: string): Promise<number> {
  const phone = (await store.debtors.search(fileNumber, 0, 1)).rows[0]?.phones[0];
  if (phone === undefined) throw new Error(`no phone for ${fileNumber}`);
  return phone.id;
}

/** An earlier call to file 4585, as another desk would have logged it. */
async function earlierCall(key: string, at: string, outcome: 'no-answer' | 'busy' | 'talked' | null = 'no-answer', consent = false): Promise<void> {
  await store.dialLog.append({
    key, at, operatorId: null, operatorName: 'Another desk', fileNumber: '4585', number: '716-698-3877',
    method: 'udp', target: '10.0.0.9:1544', payload: '452,7166983877', result: 'sent', reason: null,
  });
  if (outcome !== null) await store.dialLog.addOutcome({ dialKey: key, at, outcome, note: null, consent });
}

/** Proves nothing else reached the wire: the next datagram is Pat's, sent after whatever was refused. */
async function expectOnlyPatNext(): Promise<void> {
  clock = new Date('2025-03-04T15:00:00.000Z');
  expect((await service.dialPhone(ben, await phoneOf('12345678'))).status).toBe('sent');
  expect((await listener.next()).text).toBe('452,5551237777');
}

beforeEach(async () => {
  listener = await startUdpListener();
  store = freshStore();
  clock = new Date('2025-03-04T15:00:00.000Z');
  const op = (await store.operators.list()).find((o) => o.code === 'BEN');
  if (op === undefined) throw new Error('no BEN');
  ben = op.id;
  await store.operators.update(ben, { code: op.code, name: op.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:452` });
  service = createDialService({
    store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: () => clock,
    logDial: async (entry) => {
      await store.dialLog.append(entry);
    },
    callCheck: createCallCheck({ store, zones: () => zones }),
  });
});
afterEach(() => listener.close());

describe('the call guard at click time', () => {
  it('sends within the debtor\'s hours and logs the file number, so the next call counts it', async () => {
    const outcome = await service.dialPhone(ben, await phoneOf('4585'));
    expect(outcome.status).toBe('sent');
    expect((await listener.next()).text).toBe('452,7166983877');
    expect(await store.dialLog.callsToFile('4585', '2025-03-01T00:00:00.000Z')).toEqual([{ at: '2025-03-04T15:00:00.000Z', result: 'sent', outcome: null, consent: false }]);
  });

  it('refuses a call outside 08:00–21:00 at the debtor\'s location: nothing sent, the reason shown and logged', async () => {
    clock = new Date('2025-03-05T02:30:00.000Z'); // 21:30 in Buffalo
    const outcome = await service.dialPhone(ben, await phoneOf('4585'));
    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toBe('Nothing was sent: 21:30 in New York (Eastern Time, ZIP 14202) is outside 08:00–21:00.');
    expect((await store.dialLog.list(1))[0]).toMatchObject({ result: 'blocked', payload: null, reason: outcome.message });
    await expectOnlyPatNext();
  });

  it('blocks the 8th call in 7 days by default, counting every desk and leaving out busy signals', async () => {
    for (let day = 0; day < 7; day += 1) await earlierCall(`c${day}`, `2025-02-2${6 + (day % 3)}T1${day}:00:00.000Z`);
    await earlierCall('busy', '2025-03-03T15:00:00.000Z', 'busy');
    const outcome = await service.dialPhone(ben, await phoneOf('4585'));
    expect(outcome.status).toBe('blocked');
    expect(outcome.reasons).toEqual(['7 calls since Feb 26 (limit 7 in 7 days); the next call counts from Mar 5']);
    expect((await store.dialLog.list(1))[0]?.reason).toBe('Nothing was sent: 7 calls since Feb 26 (limit 7 in 7 days); the next call counts from Mar 5.');
    await expectOnlyPatNext();
  });

  it('warns instead when the administrator chose warn: nothing sent until the collector gives a reason, which is logged', async () => {
    await store.settings.setCallPolicy({ 'seven-in-seven': 'warn' });
    for (let day = 0; day < 7; day += 1) await earlierCall(`c${day}`, `2025-03-0${1 + (day % 3)}T1${day}:00:00.000Z`);
    const phoneId = await phoneOf('4585');
    const asked = await service.dialPhone(ben, phoneId);
    expect(asked).toMatchObject({ status: 'confirm', dialKey: null, reasons: ['7 calls since Mar 1 (limit 7 in 7 days); the next call counts from Mar 8'] });
    expect(await store.dialLog.list(10)).toHaveLength(7);
    expect((await service.dialPhone(ben, phoneId, { reason: '   ' })).status).toBe('confirm');
    const placed = await service.dialPhone(ben, phoneId, { reason: 'The debtor asked to be called back today' });
    expect(placed.status).toBe('sent');
    expect((await listener.next()).text).toBe('452,7166983877');
    expect((await store.dialLog.list(1))[0]?.reason).toBe(
      'Warned: 7 calls since Mar 1 (limit 7 in 7 days); the next call counts from Mar 8. Placed by Ben UDP with the reason: The debtor asked to be called back today',
    );
  });

  it('checks a confirmed call again: a reason never lets through what a rule blocks', async () => {
    await earlierCall('talk', '2025-03-02T15:00:00.000Z', 'talked');
    const outcome = await service.dialPhone(ben, await phoneOf('4585'), { reason: 'Please' });
    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toContain('"Talked to the debtor" on Mar 2: no calls until Mar 9');
    await expectOnlyPatNext();
  });

  it('refuses a phone marked do not call, naming who marked it and when', async () => {
    const phoneId = await phoneOf('4585');
    await store.debtors.setPhoneDoNotCall(phoneId, { at: '2025-03-01T12:00:00.000Z', by: 'Cara Authcode' });
    const outcome = await service.dialPhone(ben, phoneId);
    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toBe('Nothing was sent: Home 716-698-3877 is marked do not call (set on Mar 1 by Cara Authcode).');
    await expectOnlyPatNext();
  });

  it('applies the area-code rule to dial-pad numbers, and lets a number of no known area go', async () => {
    clock = new Date('2025-03-04T12:30:00.000Z'); // 07:30 in New York
    const early = await service.dialNumber(ben, '716-698-3877');
    expect(early.status).toBe('blocked');
    expect(early.message).toBe('Nothing was sent: 07:30 in New York (Eastern Time, area code 716) is outside 08:00–21:00.');
    expect((await service.dialNumber(ben, '555-123-7777')).status).toBe('sent');
    expect((await listener.next()).text).toBe('452,5551237777');
  });

  it('sends what the floor\'s dial plan makes of the number', async () => {
    await store.settings.setNumberPlan({ outsideLine: '9', homeCountry: '1', intlPrefix: '011' });
    expect((await service.dialPhone(ben, await phoneOf('4585'))).payload).toBe('452,97166983877');
    expect((await listener.next()).text).toBe('452,97166983877');
    clock = new Date('2025-03-04T15:00:05.000Z');
    expect((await service.dialNumber(ben, '+44 20 7946 0018')).payload).toBe('452,9011442079460018');
    expect((await listener.next()).text).toBe('452,9011442079460018');
  });
});

describe('calls the debtor asked for', () => {
  it('do not count toward 7 in 7: with one of seven earlier calls asked for, the next call goes out', async () => {
    for (let day = 0; day < 6; day += 1) await earlierCall(`c${day}`, `2025-02-2${6 + (day % 3)}T1${day}:00:00.000Z`);
    await earlierCall('asked', '2025-03-03T15:00:00.000Z', 'no-answer', true);
    const outcome = await service.dialPhone(ben, await phoneOf('4585'));
    expect(outcome.status).toBe('sent');
    expect((await listener.next()).text).toBe('452,7166983877');
  });
});

describe('a call from a link that names its debtor', () => {
  it("is judged by that debtor's file: the 8th call in 7 days is blocked although the link carries only the number", async () => {
    for (let day = 0; day < 7; day += 1) await earlierCall(`l${day}`, `2025-02-2${6 + (day % 3)}T1${day}:00:00.000Z`);
    const linked = await service.dialLinked(ben, '716-698-3877', { client: '24', debtor: '4585' });
    expect(linked.status).toBe('blocked');
    expect(linked.message).toContain('7 calls since Feb 26 (limit 7 in 7 days)');
    // The same number typed on the dial pad knows no debtor: only its area's hours apply.
    expect((await service.dialNumber(ben, '716-698-3877')).status).toBe('sent');
    expect((await listener.next()).text).toBe('452,7166983877');
  });

  it('is logged with the file number when it is one of the debtor\'s phones, so it counts for the next call', async () => {
    expect((await service.dialLinked(ben, '(716) 698-3877', { client: '24', debtor: '4585' })).status).toBe('sent');
    expect((await listener.next()).text).toBe('452,7166983877');
    expect(await store.dialLog.callsToFile('4585', '2025-03-01T00:00:00.000Z')).toHaveLength(1);
  });
});
