import { describe, expect, it } from 'vitest';
import { CALL_OUTCOMES, callOutcome, callOutcomeForKey } from '../../src/shared/call-outcomes.ts';

describe('call outcomes', () => {
  it('is the fixed list of eight, keys 1 to 8 in order', () => {
    expect(CALL_OUTCOMES.map((o) => `${o.key} ${o.label}`)).toEqual([
      '1 No answer',
      '2 Busy',
      '3 Left message',
      '4 Wrong number',
      '5 Talked to the debtor',
      '6 Third party',
      '7 Promise to pay',
      '8 Refused to pay',
    ]);
  });

  it('marks Busy as not connected and the three conversations with the debtor', () => {
    expect(CALL_OUTCOMES.filter((o) => !o.connected).map((o) => o.id)).toEqual(['busy']);
    expect(CALL_OUTCOMES.filter((o) => o.conversation).map((o) => o.id)).toEqual(['talked', 'promise', 'refused']);
  });

  it('finds an outcome by id or key, and nothing for anything else', () => {
    expect(callOutcome('promise')?.label).toBe('Promise to pay');
    expect(callOutcomeForKey('5')?.id).toBe('talked');
    expect(callOutcome('Promise to pay')).toBeNull();
    expect(callOutcome(null)).toBeNull();
    expect(callOutcomeForKey('9')).toBeNull();
  });
});
