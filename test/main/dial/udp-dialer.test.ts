import { promises as dns } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { sendDatagram } from '../../../src/main/dial/udp-dialer.ts';
import { planFromInputs, type UdpPlan } from '../../../src/shared/dial-plan.ts';
import { openReceiver, type LoopbackReceiver } from './loopback-receiver.ts';

const receivers: LoopbackReceiver[] = [];
async function receiver(address?: string): Promise<LoopbackReceiver> {
  const r = await openReceiver(address);
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

/**
 * UDP sockets still open in this process. A closed socket stays listed until the loop's next turn after
 * its close callback, so count after a few turns (turns, not time: nothing here waits on a clock).
 */
async function openUdpHandles(): Promise<number> {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return process.getActiveResourcesInfo().filter((r) => r === 'UDPWrap').length;
}

function udpPlan(note2: string, number: string, client?: string, debtor?: string): UdpPlan {
  const plan = planFromInputs({ note2, number, client, debtor });
  if (!plan.ok || plan.value.kind !== 'udp') throw new Error(`not a UDP plan: ${JSON.stringify(plan)}`);
  return plan.value;
}

describe('sendDatagram: the examples of design.md, through a real loopback socket', () => {
  // The spec's dialer is 192.168.2.122; the same Note 2 pointed at 127.0.0.1 and the receiver's port.
  const table = [
    { note2: 'UDP:/127.0.0.1:PORT:452', number: '555-123-7777', client: undefined, debtor: undefined, payload: '452,5551237777' },
    { note2: 'UDP:/127.0.0.1:PORT:452#authcode', number: '5551237777', client: '1234', debtor: '12345678', payload: '452,5551237777,123412345678' },
    { note2: 'UDP:/127.0.0.1:PORT:109#authcode', number: '716-698-3877', client: '24', debtor: '4585', payload: '109,7166983877,002400004585' },
    { note2: 'UDP:/127.0.0.1:PORT:109#authcode', number: '716-698-3877', client: undefined, debtor: undefined, payload: '109,7166983877' },
  ];

  it.each(table)('$note2 with $number (client $client, debtor $debtor) arrives as exactly $payload', async (row) => {
    const dialer = await receiver('127.0.0.1');
    const plan = udpPlan(row.note2.replace('PORT', String(dialer.port)), row.number, row.client, row.debtor);

    const result = await sendDatagram(plan);

    expect(result).toEqual({ ok: true, detail: `sent "${row.payload}" to 127.0.0.1:${dialer.port} (udp4)` });
    const got = await dialer.next();
    // Byte for byte: ASCII, no line terminator, nothing before or after.
    expect(got.bytes).toEqual(Buffer.from(row.payload, 'ascii'));
  });
});

describe('sendDatagram: addresses and host names', () => {
  it('sends over udp6 to the IPv6 loopback [::1]', async () => {
    const dialer = await receiver('::1');
    const plan = udpPlan(`UDP:/[::1]:${dialer.port}:452`, '555-123-7777');

    const result = await sendDatagram(plan);

    expect(result).toEqual({ ok: true, detail: `sent "452,5551237777" to [::1]:${dialer.port} (udp6)` });
    const got = await dialer.next();
    expect(got.bytes.toString('latin1')).toBe('452,5551237777');
    expect(got.from.family).toBe('IPv6');
  });

  it('resolves the host name localhost and sends to the address it names', async () => {
    // Listen wherever this machine's resolver says localhost is (127.0.0.1 here, ::1 on some systems).
    const { address } = await dns.lookup('localhost');
    const dialer = await receiver(address);
    const plan = udpPlan(`UDP:/localhost:${dialer.port}:452`, '555-123-7777');
    expect(plan.hostKind).toBe('hostname');

    const result = await sendDatagram(plan);

    const family = address.includes(':') ? 'udp6' : 'udp4';
    expect(result).toEqual({ ok: true, detail: `sent "452,5551237777" to localhost:${dialer.port} (${address}, ${family})` });
    expect((await dialer.next()).bytes.toString('latin1')).toBe('452,5551237777');
  });

  it('picks udp6 when the host name resolves to an IPv6 address', async () => {
    const dialer = await receiver('::1');
    const lookup = (async () => ({ address: '::1', family: 6 })) as unknown as typeof dns.lookup;

    const result = await sendDatagram({ host: 'dialer.test', hostKind: 'hostname', port: dialer.port, payload: '7,5551237777' }, { lookup });

    expect(result).toEqual({ ok: true, detail: `sent "7,5551237777" to dialer.test:${dialer.port} (::1, udp6)` });
    expect((await dialer.next()).from.family).toBe('IPv6');
  });
});

/** A port where nothing listens: one a receiver just let go of. */
async function closedPort(address: string): Promise<number> {
  const r = await openReceiver(address);
  await r.close();
  return r.port;
}

describe('sendDatagram: a port where nothing listens', () => {
  it('reports "Nothing is listening" when the target refuses the datagram (ICMP port unreachable)', async () => {
    const port = await closedPort('127.0.0.1');

    const result = await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port, payload: '452,5551237777' });

    expect(result).toEqual({
      ok: false,
      reason: `Nothing is listening at 127.0.0.1:${port}: that computer refused the dial string (ECONNREFUSED). Is the dialer running, on that port?`,
      code: 'ECONNREFUSED',
    });
  });

  it('hears the refusal over IPv6 and through a host name too, naming the address it resolved to', async () => {
    const port6 = await closedPort('::1');
    const lookup = (async () => ({ address: '127.0.0.1', family: 4 })) as unknown as typeof dns.lookup;
    const port4 = await closedPort('127.0.0.1');

    const v6 = await sendDatagram({ host: '::1', hostKind: 'ipv6', port: port6, payload: '1,555' });
    const named = await sendDatagram({ host: 'dialer.test', hostKind: 'hostname', port: port4, payload: '1,555' }, { lookup });

    expect(v6).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    expect(!v6.ok && v6.reason).toMatch(new RegExp(`^Nothing is listening at \\[::1\\]:${port6}: `));
    expect(!named.ok && named.reason).toMatch(new RegExp(`^Nothing is listening at dialer\\.test:${port4} \\(127\\.0\\.0\\.1\\): `));
  });

  it('stays "sent" when a dialer listens, and reports the wire before the wait for a refusal ends', async () => {
    const dialer = await receiver('127.0.0.1');
    const events: string[] = [];

    const pending = sendDatagram(
      { host: '127.0.0.1', hostKind: 'ipv4', port: dialer.port, payload: '452,5551237777' },
      { onWire: () => events.push('wire') },
    );
    const result = await pending;
    events.push('result');

    expect(result).toEqual({ ok: true, detail: `sent "452,5551237777" to 127.0.0.1:${dialer.port} (udp4)` });
    expect((await dialer.next()).bytes).toEqual(Buffer.from('452,5551237777', 'ascii'));
    expect(events).toEqual(['wire', 'result']);
  });
});

describe('sendDatagram: only one dialer', () => {
  const lan = () => [{ name: 'eth0', address: '192.168.1.20', netmask: '255.255.255.0' }];

  it('refuses the broadcast address of a subnet this computer is on, opening no socket', async () => {
    const before = await openUdpHandles();

    const result = await sendDatagram({ host: '192.168.1.255', hostKind: 'ipv4', port: 1544, payload: '452,5551237777' }, { subnets: lan });

    expect(result).toEqual({
      ok: false,
      reason: '192.168.1.255 is the broadcast address of 192.168.1.0/24, a network this computer is on (eth0): a dial must go to one dialer.',
      code: 'NOT_UNICAST',
    });
    expect(await openUdpHandles()).toBe(before);
  });

  it('refuses a host name that resolves to a multicast address or a subnet broadcast, naming both', async () => {
    const resolvesTo = (address: string, family: number) => (async () => ({ address, family })) as unknown as typeof dns.lookup;

    const multicast = await sendDatagram({ host: 'dialer.test', hostKind: 'hostname', port: 1544, payload: '1,555' }, { lookup: resolvesTo('239.1.2.3', 4) });
    const mapped = await sendDatagram(
      { host: 'dialer.test', hostKind: 'hostname', port: 1544, payload: '1,555' },
      { lookup: resolvesTo('::ffff:192.168.1.255', 6), subnets: lan },
    );

    expect(multicast).toEqual({
      ok: false,
      reason:
        'dialer.test:1544 (239.1.2.3) resolves to 239.1.2.3, which is not one dialer: 239.1.2.3 is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.',
      code: 'NOT_UNICAST',
    });
    expect(mapped).toMatchObject({ ok: false, code: 'NOT_UNICAST' });
    expect(!mapped.ok && mapped.reason).toContain('192.168.1.255 is the broadcast address of 192.168.1.0/24');
  });

  it('still sends to an ordinary address while the subnets are known', async () => {
    const dialer = await receiver('127.0.0.1');

    const result = await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port: dialer.port, payload: '452,5551237777' }, { subnets: lan });

    expect(result.ok).toBe(true);
    expect((await dialer.next()).bytes.toString('latin1')).toBe('452,5551237777');
  });
});

describe('sendDatagram: failures come back as results', () => {
  it('reports an unknown host name (ENOTFOUND) without throwing', async () => {
    const result = await sendDatagram({ host: 'nosuch.invalid', hostKind: 'hostname', port: 1544, payload: '452,5551237777' });

    expect(result).toEqual({ ok: false, reason: 'Host name "nosuch.invalid" was not found (ENOTFOUND).', code: 'ENOTFOUND' });
  });

  it('reports a name server that does not answer (EAI_AGAIN)', async () => {
    const lookup = (() => Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN pbx.test'), { code: 'EAI_AGAIN' }))) as unknown as typeof dns.lookup;

    const result = await sendDatagram({ host: 'pbx.test', hostKind: 'hostname', port: 1544, payload: '1,555' }, { lookup });

    expect(result).toEqual({
      ok: false,
      reason: 'Host name "pbx.test" could not be looked up: the name server did not answer (EAI_AGAIN).',
      code: 'EAI_AGAIN',
    });
  });

  it('gives up on a lookup that never answers', async () => {
    const lookup = (() => new Promise(() => {})) as unknown as typeof dns.lookup;

    const result = await sendDatagram({ host: 'slow.test', hostKind: 'hostname', port: 1544, payload: '1,555' }, { lookup, timeoutMs: 20 });

    expect(result).toEqual({
      ok: false,
      reason: 'Looking up host name "slow.test" took longer than 20 ms (LOOKUP_TIMEOUT).',
      code: 'LOOKUP_TIMEOUT',
    });
  });

  it('refuses a payload that is not ASCII and sends nothing', async () => {
    const dialer = await receiver('127.0.0.1');
    const target = { host: '127.0.0.1', hostKind: 'ipv4', port: dialer.port } as const;

    const refused = await sendDatagram({ ...target, payload: '452,555ü' });
    await sendDatagram({ ...target, payload: '452,5551237777' });

    expect(refused).toEqual({
      ok: false,
      reason: 'The dial string "452,555ü" holds characters that are not ASCII; nothing was sent.',
      code: 'NOT_ASCII',
    });
    // The first datagram to arrive is the second one: the refused payload never left.
    expect((await dialer.next()).bytes.toString('latin1')).toBe('452,5551237777');
  });

  it('turns a port dgram rejects into a result instead of a throw', async () => {
    const result = await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port: 0, payload: '452,5551237777' });

    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code: 'ERR_SOCKET_BAD_PORT' });
    expect(!result.ok && result.reason).toMatch(/^Sending to 127\.0\.0\.1:0 failed: /);
  });

  it('leaves no socket open after sends that worked and sends that failed', async () => {
    const dialer = await receiver('127.0.0.1');
    const before = await openUdpHandles();

    await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port: dialer.port, payload: '1,555' });
    await sendDatagram({ host: '::1', hostKind: 'ipv6', port: dialer.port, payload: '1,555' });
    await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port: 0, payload: '1,555' });
    await sendDatagram({ host: '127.0.0.1', hostKind: 'ipv4', port: await closedPort('127.0.0.1'), payload: '1,555' });

    expect(await openUdpHandles()).toBe(before);
  });
});
