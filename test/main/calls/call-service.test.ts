import { describe, expect, it } from 'vitest';
import { createCallCheck } from '../../../src/main/calls/call-check.ts';
import { createCallService } from '../../../src/main/calls/call-service.ts';
import { loadZoneLookup } from '../../../src/main/calls/zone-lookup.ts';
import type { SessionUser } from '../../../src/main/auth/session.ts';
import { freshStore } from '../store/temp-store.ts';

const zones = loadZoneLookup();
const AT = new Date('2025-03-04T15:00:00.000Z');
const ben: SessionUser = { operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' };
const admin: SessionUser = { operatorId: 1, code: 'ANNA', name: 'Anna Softphone', role: 'admin' };

function setUp() {
  const store = freshStore();
  return { store, calls: createCallService(store, createCallCheck({ store, zones: () => zones })) };
}

async function morganPhone(store: ReturnType<typeof freshStore>): Promise<number> {
  return (await store.debtors.search('4585', 0, 1)).rows[0]?.phones[0]?.id ?? 0;
}

describe('the call service behind the badges, the marks and the settings', () => {
  it('gives each phone its local time, window and calls used; unknown phones are left out', async () => {
    const { store, calls } = setUp();
    const phoneId = await morganPhone(store);
    const statuses = await calls.status([phoneId, phoneId, 987654], AT);
    expect(Object.keys(statuses)).toEqual([String(phoneId)]);
    expect(statuses[phoneId]).toMatchObject({ verdict: 'allow', attemptsUsed: 0, attemptsLimit: 7 });
    expect(statuses[phoneId]?.localTimes.map((t) => [t.clock, t.city, t.source, t.open])).toEqual([['10:00', 'New York', 'ZIP 14202', true]]);
  });

  it("gives each phone the debtor file's last call that went out, from any desk, with its outcome", async () => {
    const { store, calls } = setUp();
    const phoneId = await morganPhone(store);
    expect((await calls.status([phoneId], AT))[phoneId]?.lastCall).toBeNull();
    const dial = { operatorId: null, operatorName: 'Another desk', fileNumber: '4585', number: '716-698-3877', method: 'udp' as const, target: '10.0.0.9:1544', reason: null };
    await store.dialLog.append({ ...dial, key: 'older', at: '2025-03-02T15:00:00.000Z', payload: '452,7166983877', result: 'sent' });
    await store.dialLog.addOutcome({ dialKey: 'older', at: '2025-03-02T15:01:00.000Z', outcome: 'left-message', note: null });
    await store.dialLog.append({ ...dial, key: 'newer', at: '2025-03-03T15:00:00.000Z', payload: '452,7166983877', result: 'sent' });
    await store.dialLog.addOutcome({ dialKey: 'newer', at: '2025-03-03T15:01:00.000Z', outcome: 'no-answer', note: null });
    await store.dialLog.append({ ...dial, key: 'refused', at: '2025-03-03T16:00:00.000Z', payload: null, result: 'blocked', reason: 'outside the hours' });
    expect((await calls.status([phoneId], AT))[phoneId]?.lastCall).toEqual({ at: '2025-03-03T15:00:00.000Z', outcome: 'no-answer' });
  });

  it('lets a collector mark a phone do not call (dated, named, audited) but only an administrator lift it', async () => {
    const { store, calls } = setUp();
    const phoneId = await morganPhone(store);
    const marked = await calls.markPhone(phoneId, true, ben, AT);
    expect(marked.verdict).toBe('block');
    expect(marked.reasons.map((r) => r.text)).toEqual(['Home 716-698-3877 is marked do not call (set on Mar 4 by Ben UDP)']);
    await expect(calls.markPhone(phoneId, false, ben, AT)).rejects.toThrow('Only an administrator can lift a do-not-call mark.');
    expect((await calls.markPhone(phoneId, false, admin, AT)).verdict).toBe('allow');
    const trail = (await store.audit.list(10)).map((e) => [e.actorName, e.field, e.oldValue, e.newValue]);
    expect(trail).toEqual([
      ['Anna Softphone', 'doNotCall 4585 Home 716-698-3877', 'do not call (set 2025-03-04T15:00:00.000Z by Ben UDP)', 'callable'],
      ['Ben UDP', 'doNotCall 4585 Home 716-698-3877', 'callable', 'do not call'],
    ]);
  });

  it('saves the policy and the dial plan together, audited, or nothing when the plan is not valid', async () => {
    const { store, calls } = setUp();
    const policy = { 'do-not-call': 'block', 'calling-hours': 'block', 'seven-in-seven': 'warn', 'after-conversation': 'block' } as const;
    expect(await calls.saveSettings({ policy, numberPlan: { outsideLine: '9' } }, admin, AT)).toEqual({ policy, numberPlan: { outsideLine: '9' } });
    await expect(calls.saveSettings({ policy: { ...policy, 'calling-hours': 'warn' }, numberPlan: { intlPrefix: '011' } }, admin, AT)).rejects.toThrow(
      'An international access code needs a home country',
    );
    expect(await calls.settings()).toEqual({ policy, numberPlan: { outsideLine: '9' } });
    expect((await store.audit.list(10)).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['numberPlan', '{}', '{"outsideLine":"9"}'],
      ['callPolicy: At most 7 calls in 7 days', 'block', 'warn'],
    ]);
  });
});
