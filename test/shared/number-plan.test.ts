import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromInputs, type DialInputs } from '../../src/shared/dial-plan.ts';
import { dialerDigits, NO_NUMBER_PLAN, parseNumberPlan } from '../../src/shared/number-plan.ts';
import { normalizeNumber } from '../../src/shared/phone-number.ts';

const FLOOR = { outsideLine: '9', homeCountry: '1', intlPrefix: '011' };

function sent(inputs: DialInputs): string {
  const plan = planFromInputs(inputs);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value.kind === 'udp' ? plan.value.payload : plan.value.uri;
}

describe('dial plan', () => {
  it('domestic: outside line + national number; foreign: outside line + access code + country + number', () => {
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:452', number: '716-698-3877', numberPlan: FLOOR })).toBe('452,97166983877');
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:452', number: '+1 716 698 3877', numberPlan: FLOOR })).toBe('452,97166983877');
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:452', number: '+44 20 7946 0018', numberPlan: FLOOR })).toBe('452,9011442079460018');
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:109#authcode', number: '716-698-3877', client: '24', debtor: '4585', numberPlan: FLOOR }))
      .toBe('109,97166983877,002400004585');
  });

  it('a UK floor dials a UK number nationally and a US one with 00', () => {
    const uk = { outsideLine: '9', homeCountry: 'GB', intlPrefix: '00' };
    expect(sent({ note2: 'UDP:/10.0.0.1:1544:452', number: '+44 20 7946 0018', numberPlan: uk })).toBe('452,92079460018');
    expect(sent({ note2: 'UDP:/10.0.0.1:1544:452', number: '+1 716 698 3877', numberPlan: uk })).toBe('452,90017166983877');
  });

  it('tel: always carries E.164 without the outside line; sip: the dialer form unless E.164 is picked', () => {
    expect(sent({ note2: 'tel:', number: '716-698-3877', numberPlan: FLOOR })).toBe('tel:+17166983877');
    expect(sent({ note2: 'tel:', number: '+44 20 7946 0018', numberPlan: FLOOR })).toBe('tel:+442079460018');
    expect(sent({ note2: 'sip:', number: '716-698-3877', numberPlan: FLOOR })).toBe('sip:97166983877');
    expect(sent({ note2: 'sip:{number}@pbx.example.com', number: '716-698-3877', numberPlan: { ...FLOOR, uriForm: 'e164' } })).toBe('sip:+17166983877@pbx.example.com');
  });

  it('an outside line alone goes before the digits as typed', () => {
    expect(sent({ note2: 'UDP:/10.0.0.1:1544:452', number: '555-123-7777', numberPlan: { outsideLine: '9' } })).toBe('452,95551237777');
    expect(sent({ note2: 'tel:', number: '555-123-7777', numberPlan: { outsideLine: '9' } })).toBe('tel:5551237777');
  });

  it('a number libphonenumber cannot place (an internal extension) goes out as typed, without the outside line', () => {
    expect(sent({ note2: 'UDP:/10.0.0.1:1544:452', number: '204', numberPlan: FLOOR })).toBe('452,204');
    expect(sent({ note2: 'tel:', number: '204', numberPlan: FLOOR })).toBe('tel:204');
  });

  it('blank settings are no plan: the specification examples come out byte for byte', () => {
    const blank = { outsideLine: ' ', homeCountry: '', intlPrefix: null };
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:452', number: '555-123-7777', numberPlan: blank })).toBe('452,5551237777');
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:452#authcode', number: '5551237777', client: '1234', debtor: '12345678', numberPlan: blank })).toBe('452,5551237777,123412345678');
    expect(sent({ note2: 'UDP:/192.168.2.122:1544:109#authcode', number: '716-698-3877', client: '24', debtor: '4585', numberPlan: blank })).toBe('109,7166983877,002400004585');
    expect(sent({ note2: 'sip:', number: '716-698-3877', numberPlan: blank })).toBe('sip:7166983877');
    expect(sent({ note2: 'tel:', number: '+1 716 698 3877' })).toBe('tel:+17166983877');
  });

  it('names the setting that is wrong', () => {
    expect(parseNumberPlan({ outsideLine: '9#' })).toEqual({ ok: false, error: { field: 'outsideLine', message: 'Outside-line prefix "9#" must be 1 to 4 digits.' } });
    expect(parseNumberPlan({ homeCountry: '999' })).toMatchObject({ ok: false, error: { field: 'homeCountry' } });
    expect(parseNumberPlan({ intlPrefix: '011' })).toMatchObject({ ok: false, error: { field: 'intlPrefix' } });
    expect(parseNumberPlan({ homeCountry: 'us' })).toEqual({ ok: true, value: { outsideLine: null, homeCountry: '1', intlPrefix: null, uriForm: 'dialer' } });
  });

  it('without a plan the dialer digits are the normalized digits, whatever the number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{3,24}$/), (raw) => {
        const number = normalizeNumber(raw);
        return !number.ok || dialerDigits(number.value, NO_NUMBER_PLAN) === number.value.digits;
      }),
    );
  });

  it('never throws for any plan text: a plan is accepted or refused naming its field', () => {
    const setting = fc.option(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('9', '011', '00', '1', '44', 'US', 'gb', '+1', 'ZZ', '999')));
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 -]{0,22}$/), setting, setting, setting, fc.constantFrom('UDP:/10.0.0.1:1544:452', 'tel:', 'sip:'), (number, outsideLine, homeCountry, intlPrefix, note2) => {
        const plan = planFromInputs({ note2, number, numberPlan: { outsideLine, homeCountry, intlPrefix } });
        return plan.ok || (plan.error.message.trim() !== '' && ['number', 'outsideLine', 'homeCountry', 'intlPrefix'].includes(plan.error.field));
      }),
      { numRuns: 2000 },
    );
  });
});
