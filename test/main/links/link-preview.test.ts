import { beforeEach, describe, expect, it } from 'vitest';
import { createCallCheck } from '../../../src/main/calls/call-check.ts';
import { loadZoneLookup } from '../../../src/main/calls/zone-lookup.ts';
import { previewDial, type PreviewGuard } from '../../../src/main/links/link-preview.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { freshStore } from '../store/temp-store.ts';

/*
 * A link's card shows the call guard's verdict before Enter, asked exactly as the dial will ask it: a link naming
 * Morgan Ellis (client 24, file 4585, 716-698-3877, ZIP 14202: Eastern time) is judged as her phone's call.
 * Real SQLite store, the real zone data.
 */
const zones = loadZoneLookup();
let store: Store;
let clock: Date;
let ben: number;
let guard: PreviewGuard;
const morgan = { client: '24', debtor: '4585' };

async function earlierCall(key: string, at: string): Promise<void> {
  await store.dialLog.append({
    key, at, operatorId: null, operatorName: 'Another desk', fileNumber: '4585', number: '716-698-3877',
    method: 'udp', target: '10.0.0.9:1544', payload: '452,7166983877', result: 'sent', reason: null,
  });
  await store.dialLog.addOutcome({ dialKey: key, at, outcome: 'no-answer', note: null });
}

beforeEach(async () => {
  store = freshStore();
  clock = new Date('2025-03-04T15:00:00.000Z');
  const op = (await store.operators.list()).find((o) => o.code === 'BEN');
  if (op === undefined) throw new Error('no BEN');
  ben = op.id;
  await store.operators.update(ben, { code: op.code, name: op.name, useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452#authcode' });
  guard = { check: createCallCheck({ store, zones: () => zones }), now: () => clock };
});

describe("a link card's call guard verdict", () => {
  it('allows a call within the debtor\'s hours, and still shows exactly what Enter sends', async () => {
    const preview = await previewDial(store, ben, '716-698-3877', morgan, guard);
    expect(preview).toEqual({ sends: '452,7166983877,002400004585', destination: '127.0.0.1:1544', problem: null, guard: { verdict: 'allow', reasons: [] } });
  });

  it('blocks with the reason at 21:30 in Buffalo, by the clock of the card', async () => {
    clock = new Date('2025-03-05T02:30:00.000Z');
    const preview = await previewDial(store, ben, '716-698-3877', morgan, guard);
    expect(preview.guard).toEqual({ verdict: 'block', reasons: ['21:30 in New York (Eastern Time, ZIP 14202) is outside 08:00–21:00'] });
  });

  it("judges the debtor's file, as the dial does: the 8th call in 7 days warns when the administrator chose warn", async () => {
    await store.settings.setCallPolicy({ 'seven-in-seven': 'warn' });
    for (let day = 0; day < 7; day += 1) await earlierCall(`k${day}`, `2025-03-0${1 + (day % 3)}T1${day}:00:00.000Z`);
    const preview = await previewDial(store, ben, '(716) 698-3877', morgan, guard);
    expect(preview.guard).toEqual({ verdict: 'warn', reasons: ['7 calls since Mar 1 (limit 7 in 7 days); the next call counts from Mar 8'] });
    // Without the debtor the same number is a dial-pad call: no file, so no history counts against it.
    expect((await previewDial(store, ben, '716-698-3877', {}, guard)).guard).toEqual({ verdict: 'allow', reasons: [] });
  });

  it('fails closed like the dial: a check that cannot run is a block with the reason', async () => {
    const broken: PreviewGuard = { ...guard, check: { ...guard.check, forLink: () => Promise.reject(new Error('database gone')) } };
    expect((await previewDial(store, ben, '716-698-3877', morgan, broken)).guard).toEqual({ verdict: 'block', reasons: ['The call could not be checked (database gone)'] });
  });

  it('has no verdict when nothing would be sent, or when the app runs without the guard', async () => {
    const op = await store.operators.get(ben);
    if (op === null) throw new Error('no BEN');
    expect((await previewDial(store, ben, '716-698-3877', morgan)).guard).toBeNull();
    await store.operators.update(ben, { code: op.code, name: op.name, useSoftphone: false, note2: op.note2 });
    expect((await previewDial(store, ben, '716-698-3877', morgan, guard)).guard).toBeNull();
  });
});
