import { describe, expect, it } from 'vitest';
import { planDial, planFromInputs, type DialInputs, type DialPlan, type UdpPlan } from '../../src/shared/dial-plan.ts';
import { parseNote2, type DialTarget } from '../../src/shared/note2.ts';
import { normalizeNumber } from '../../src/shared/phone-number.ts';

function planOf(inputs: DialInputs): DialPlan {
  const result = planFromInputs(inputs);
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function udpOf(inputs: DialInputs): UdpPlan {
  const plan = planOf(inputs);
  if (plan.kind !== 'udp') throw new Error(`expected a UDP plan, got ${JSON.stringify(plan)}`);
  return plan;
}

describe('planFromInputs: the seed examples (design.md table)', () => {
  it('UDP:/192.168.2.122:1544:452 with 555-123-7777 sends 452,5551237777', () => {
    const plan = udpOf({ note2: 'UDP:/192.168.2.122:1544:452', number: '555-123-7777' });
    expect(plan).toMatchObject({ host: '192.168.2.122', hostKind: 'ipv4', port: 1544, extension: '452', authcode: null });
    expect(plan.payload).toBe('452,5551237777');
  });

  it('#authcode with client 1234 and debtor 12345678 sends 452,5551237777,123412345678', () => {
    const plan = udpOf({ note2: 'UDP:/192.168.2.122:1544:452#authcode', number: '5551237777', client: '1234', debtor: '12345678' });
    expect(plan).toMatchObject({ host: '192.168.2.122', port: 1544, authcode: '123412345678' });
    expect(plan.payload).toBe('452,5551237777,123412345678');
  });

  it('#authcode with client 24 and debtor 4585 sends 109,7166983877,002400004585', () => {
    const plan = udpOf({ note2: 'UDP:/192.168.2.122:1544:109#authcode', number: '716-698-3877', client: '24', debtor: '4585' });
    expect(plan).toMatchObject({ host: '192.168.2.122', port: 1544, extension: '109', authcode: '002400004585' });
    expect(plan.payload).toBe('109,7166983877,002400004585');
  });

  it('#authcode with no client or debtor (not a debtor context) sends 109,7166983877', () => {
    const plan = udpOf({ note2: 'UDP:/192.168.2.122:1544:109#authcode', number: '716-698-3877' });
    expect(plan).toMatchObject({ host: '192.168.2.122', port: 1544, authcode: null });
    expect(plan.payload).toBe('109,7166983877');
  });
});

describe('planFromInputs: UDP payloads', () => {
  it.each([
    [{ client: '24' }, '109,7166983877'],
    [{ debtor: '4585' }, '109,7166983877'],
    [{ client: null, debtor: null }, '109,7166983877'],
    [{ client: '123456', debtor: '1234567890' }, '109,7166983877,345634567890'],
  ])('with %j sends %s', (context, payload) => {
    expect(udpOf({ note2: 'UDP:/127.0.0.1:1544:109#authcode', number: '716-698-3877', ...context }).payload).toBe(payload);
  });

  it('ignores client and debtor when Note 2 has no #authcode', () => {
    expect(udpOf({ note2: 'UDP:/127.0.0.1:1544:109', number: '7166983877', client: '24', debtor: '4585' }).payload).toBe('109,7166983877');
  });

  it('sends digits only: no +, no separators, no extension; keeps the extension on the plan', () => {
    const plan = udpOf({ note2: 'UDP/:[::1]:1544;452', number: '+1 (555) 123-7777 ext. 12' });
    expect(plan).toMatchObject({ host: '::1', hostKind: 'ipv6', port: 1544 });
    expect(plan.payload).toBe('452,15551237777');
    expect(plan.number).toEqual({ digits: '15551237777', international: true, extension: '12', display: '+1 (555) 123-7777 ext. 12' });
  });

  it('carries a host name through for a DNS lookup', () => {
    expect(udpOf({ note2: 'UDP:/localhost:5060:7', number: '1-800-FLOWERS' })).toMatchObject({
      host: 'localhost',
      hostKind: 'hostname',
      port: 5060,
      payload: '7,18003569377',
    });
  });
});

describe('planFromInputs: URIs', () => {
  it.each([
    ['sip:', '716-698-3877', 'sip:7166983877'],
    ['sip:', '+1 716 698 3877', 'sip:+17166983877'],
    ['SIPS:', '(716) 698.3877', 'sips:7166983877'],
    ['tel:', '+44 20 7946 0958', 'tel:+442079460958'],
    ['callto:', '1-800-FLOWERS', 'callto:18003569377'],
    ['sip:{number}@pbx.example.com', '716-698-3877', 'sip:7166983877@pbx.example.com'],
    ['sip:{number}@pbx.example.com', '716-698-3877 x5', 'sip:7166983877@pbx.example.com'],
  ])('%s with %j opens %s', (note2, number, uri) => {
    const plan = planOf({ note2, number });
    expect(plan.kind === 'uri' && plan.uri).toBe(uri);
  });

  it('uses the allow-list it is given', () => {
    expect(planOf({ note2: 'zoiper:', number: '5551237777', allowedSchemes: ['zoiper'] })).toMatchObject({
      kind: 'uri',
      scheme: 'zoiper',
      uri: 'zoiper:5551237777',
    });
    const refused = planFromInputs({ note2: 'zoiper:', number: '5551237777' });
    expect(refused.ok || refused.error.note2?.code).toBe('scheme-not-allowed');
  });

  it('still reports a client number that was given wrong, so a typo is never silently dropped', () => {
    expect(planFromInputs({ note2: 'sip:', number: '5551237777', client: 'C-24' })).toEqual({
      ok: false,
      error: { field: 'client', message: 'Client number "C-24" must be 1 to 20 digits.' },
    });
    expect(planFromInputs({ note2: 'sip:', number: '5551237777', debtor: ' ' })).toEqual({
      ok: false,
      error: { field: 'debtor', message: 'Debtor file number is empty.' },
    });
  });
});

describe('planFromInputs: errors name the field', () => {
  it('reports a Note 2 problem with its code', () => {
    expect(planFromInputs({ note2: 'UDP:/192.168.2.122:70000:452', number: '5551237777' })).toEqual({
      ok: false,
      error: {
        field: 'note2',
        message: 'Port "70000" must be a number from 1 to 65535. Example: UDP:/192.168.2.122:1544:452',
        note2: { code: 'udp-port-invalid', message: 'Port "70000" must be a number from 1 to 65535. Example: UDP:/192.168.2.122:1544:452' },
      },
    });
  });

  it('reports a number that cannot be dialed', () => {
    expect(planFromInputs({ note2: 'sip:', number: '12' })).toEqual({
      ok: false,
      error: { field: 'number', message: '"12" is not a dialable number: it has 2 digits (3 to 20 needed).' },
    });
  });

  it('reports a bad client number when #authcode needs it', () => {
    expect(planFromInputs({ note2: 'UDP:/127.0.0.1:1544:109#authcode', number: '7166983877', client: 'C-24', debtor: '4585' })).toEqual({
      ok: false,
      error: { field: 'client', message: 'Client number "C-24" must be 1 to 20 digits.' },
    });
  });

  it('reports a bad debtor file number when #authcode needs it', () => {
    expect(planFromInputs({ note2: 'UDP:/127.0.0.1:1544:109#authcode', number: '7166983877', client: '24', debtor: '45 85x' })).toEqual({
      ok: false,
      error: { field: 'debtor', message: 'Debtor file number "45 85x" must be 1 to 20 digits.' },
    });
  });
});

describe('planDial', () => {
  const target = (note2: string): DialTarget => {
    const result = parseNote2(note2);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const number = (raw: string) => {
    const result = normalizeNumber(raw);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('leaves the authcode out without a context', () => {
    expect(planDial(target('UDP:/127.0.0.1:1544:452#authcode'), number('5551237777'))).toMatchObject({ authcode: null, payload: '452,5551237777' });
  });

  it('adds the authcode from the context', () => {
    expect(planDial(target('UDP:/127.0.0.1:1544:452#authcode'), number('5551237777'), { client: '1234', debtor: '12345678' })).toMatchObject({
      payload: '452,5551237777,123412345678',
    });
  });

  it('fills a template with the dialed digits', () => {
    expect(planDial(target('tel:{number};phone-context=example.com'), number('+1 555 123 7777'))).toMatchObject({
      kind: 'uri',
      scheme: 'tel',
      uri: 'tel:+15551237777;phone-context=example.com',
    });
  });
});
