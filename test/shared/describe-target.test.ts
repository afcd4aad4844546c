import { describe, expect, it } from 'vitest';
import { describeDestination, describePlan, describeTarget } from '../../src/shared/describe-target.ts';
import { planFromInputs, type DialPlan } from '../../src/shared/dial-plan.ts';
import { parseNote2, type DialTarget } from '../../src/shared/note2.ts';

function targetOf(note2: string): DialTarget {
  const result = parseNote2(note2);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function planOf(note2: string, number: string, client?: string, debtor?: string): DialPlan {
  const result = planFromInputs({ note2, number, client, debtor });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('describeTarget', () => {
  it('says softphone dialing is off when there is no target', () => {
    expect(describeTarget(null)).toBe('Softphone dialing is off');
  });

  it.each([
    ['UDP:/192.168.2.122:1544:452#authcode', 'UDP → 192.168.2.122:1544, extension 452, with authcode'],
    ['UDP/:192.168.2.122:1544;452', 'UDP → 192.168.2.122:1544, extension 452'],
    ['UDP:/[::1]:1544:452', 'UDP → [::1]:1544, extension 452'],
    ['UDP:/[FE80::1]:5060:7#AUTHCODE', 'UDP → [fe80::1]:5060, extension 7, with authcode'],
    ['UDP:/dialer.example.com:1544:452', 'UDP → dialer.example.com:1544, extension 452'],
  ])('describes %s as %s', (note2, words) => {
    expect(describeTarget(targetOf(note2))).toBe(words);
  });

  it.each([
    ['sip:', 'Softphone: sip:'],
    ['TEL:', 'Softphone: tel:'],
    ['callto:', 'Softphone: callto:'],
    ['sip:{number}@pbx.example.com', 'Softphone: sip:{number}@pbx.example.com'],
  ])('describes %s as %s', (note2, words) => {
    expect(describeTarget(targetOf(note2))).toBe(words);
  });
});

describe('describePlan and describeDestination', () => {
  it('shows the exact payload and where it goes', () => {
    const plan = planOf('UDP:/192.168.2.122:1544:109#authcode', '716-698-3877', '24', '4585');
    expect(describePlan(plan)).toBe('109,7166983877,002400004585 to 192.168.2.122:1544');
    expect(describeDestination(plan)).toBe('192.168.2.122:1544');
  });

  it('brackets an IPv6 destination', () => {
    const plan = planOf('UDP:/[::1]:1544:452', '555-123-7777');
    expect(describePlan(plan)).toBe('452,5551237777 to [::1]:1544');
    expect(describeDestination(plan)).toBe('[::1]:1544');
  });

  it('shows the URI and its scheme handler', () => {
    const plan = planOf('sip:', '+1 716 698 3877');
    expect(describePlan(plan)).toBe('sip:+17166983877');
    expect(describeDestination(plan)).toBe('sip: handler');
  });
});
