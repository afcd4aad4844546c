import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadZoneLookup } from '../../src/main/calls/zone-lookup.ts';
import type { CallRecord } from '../../src/shared/call-attempts.ts';
import type { ZoneLookup } from '../../src/shared/call-locations.ts';
import { CALL_OUTCOME_IDS } from '../../src/shared/call-outcomes.ts';
import { evaluateCall } from '../../src/shared/call-guard.ts';

const realZones = loadZoneLookup();

const ZONES = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
  'Pacific/Honolulu', 'America/Puerto_Rico', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Pacific/Guam',
  'America/North_Dakota/Center', 'America/Indiana/Knox',
];
/** A stand-in for the zone data: the dialed number lies in exactly the zones the property picked. */
function lookupWithNumberZones(zones: readonly string[]): ZoneLookup {
  return { numberZones: () => zones, zipZone: () => null, stateZones: () => null };
}

const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'America/New_York', 'Mars/Base', 'AZ', 'hi', '96813', '85001-1234', 'Pacific/Honolulu'));
const record: fc.Arbitrary<CallRecord> = fc.record({
  at: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString()))),
  outcome: fc.oneof(fc.constant(null), fc.constantFrom(...CALL_OUTCOME_IDS)),
  status: fc.constantFrom('sent', 'failed', 'blocked', 'duplicate', ''),
  consent: fc.option(fc.boolean(), { nil: undefined }),
});
const mark = fc.option(fc.record({ at: fc.option(fc.oneof(fc.integer(), fc.string({ maxLength: 25 }))), by: fc.option(fc.string({ maxLength: 8 })) }), { nil: undefined });
const action = fc.option(fc.constantFrom('warn' as const, 'block' as const), { nil: undefined });

describe('the call guard, for any input', () => {
  it('never throws and always answers with a verdict, its reasons in words and the attempts counted', () => {
    fc.assert(
      fc.property(
        fc.oneof(instant, fc.double()),
        fc.record({ timezone: fc.option(text), state: fc.option(text), zip: fc.option(text), doNotCall: mark }),
        fc.record({ number: fc.oneof(fc.string({ maxLength: 25 }), fc.stringMatching(/^\+?[0-9]{3,15}$/)), label: fc.option(fc.string({ maxLength: 6 })), doNotCall: mark }),
        fc.array(record, { maxLength: 12 }),
        fc.record({ 'do-not-call': action, 'calling-hours': action, 'seven-in-seven': action, 'after-conversation': action }),
        (now, debtor, phone, history, policy) => {
          const decision = evaluateCall({ now, debtor, phone, history, policy }, realZones);
          expect(['allow', 'warn', 'block']).toContain(decision.verdict);
          expect(decision.verdict === 'allow').toBe(decision.reasons.length === 0);
          for (const reason of decision.reasons) expect(reason.text.trim()).not.toBe('');
          expect(decision.attemptsUsed).toBeGreaterThanOrEqual(0);
          expect(decision.attemptsUsed).toBeLessThanOrEqual(history.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never allows a call that one of the locations forbids: adding a location only makes it stricter', () => {
    fc.assert(
      fc.property(instant, fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 5 }), fc.option(fc.constantFrom(...ZONES)), (now, numberZones, addressZone) => {
        const input = { now, debtor: { timezone: addressZone }, phone: { number: '716-698-3877' }, history: [] };
        const all = evaluateCall(input, lookupWithNumberZones(numberZones));
        const locations = [...(addressZone === null ? [] : [addressZone]), ...numberZones];
        for (const zone of locations) {
          const alone = evaluateCall({ ...input, debtor: { timezone: zone } }, lookupWithNumberZones([]));
          if (alone.verdict !== 'allow') expect(all.verdict).not.toBe('allow');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
