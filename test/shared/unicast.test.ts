import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directedBroadcastReason, ipv6Groups, nonUnicastReason, unmappedIpv4 } from '../../src/shared/unicast.ts';

const octet = fc.integer({ min: 0, max: 255 });
const quad = fc.tuple(octet, octet, octet, octet);

describe('nonUnicastReason', () => {
  it('lets ordinary dialer addresses and host names through', () => {
    for (const host of ['192.168.2.122', '10.0.0.1', '127.0.0.1', '::1', 'fe80::1', '2001:db8::1', '::ffff:192.0.2.1', 'dialer.example.com', 'localhost']) {
      expect(nonUnicastReason(host)).toBeNull();
    }
  });

  it('refuses every IPv4 multicast address, and the same address written as IPv4-mapped IPv6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 224, max: 239 }), octet, octet, octet, (a, b, c, d) => {
        const address = `${a}.${b}.${c}.${d}`;
        expect(nonUnicastReason(address)).toBe(`${address} is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.`);
        expect(nonUnicastReason(`::ffff:${address}`)).toMatch(new RegExp(`^\\[::ffff:${address.replaceAll('.', '\\.')}\\] is ${address.replaceAll('.', '\\.')} written as IPv6, and `));
      }),
    );
  });

  it('gives an IPv4 address and its IPv4-mapped form the same verdict', () => {
    fc.assert(
      fc.property(quad, ([a, b, c, d]) => {
        const address = `${a}.${b}.${c}.${d}`;
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        expect(nonUnicastReason(`::ffff:${address}`) === null).toBe(nonUnicastReason(address) === null);
        expect(nonUnicastReason(hex) === null).toBe(nonUnicastReason(address) === null);
        expect(unmappedIpv4(hex)).toBe(address);
      }),
    );
  });

  it('refuses every IPv6 multicast address (ff00::/8)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xff }), fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 7, maxLength: 7 }), (low, rest) => {
        const address = [(0xff00 | low).toString(16), ...rest.map((g) => g.toString(16))].join(':');
        expect(nonUnicastReason(address)).toBe(`[${address}] is a multicast address (ff00::/8): a dial must go to one dialer.`);
      }),
    );
  });

  it('reads the groups of compressed and dotted IPv6 forms', () => {
    expect(ipv6Groups('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups('ff02::1')).toEqual([0xff02, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('::ffff:255.255.255.255')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xffff, 0xffff]);
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ipv6Groups('not an address')).toBeNull();
  });
});

describe('directedBroadcastReason', () => {
  const lan = [
    { name: 'lo', address: '127.0.0.1', netmask: '255.0.0.0' },
    { name: 'eth0', address: '192.168.1.20', netmask: '255.255.255.0' },
    { name: 'wg0', address: '10.9.0.1', netmask: '255.255.255.254' },
  ];

  it('refuses the broadcast address of a subnet this computer is on, naming the subnet and the interface', () => {
    expect(directedBroadcastReason('192.168.1.255', lan)).toBe(
      '192.168.1.255 is the broadcast address of 192.168.1.0/24, a network this computer is on (eth0): a dial must go to one dialer.',
    );
    expect(directedBroadcastReason('127.255.255.255', lan)).toBe(
      '127.255.255.255 is the broadcast address of 127.0.0.0/8, a network this computer is on (lo): a dial must go to one dialer.',
    );
  });

  it('lets through hosts of those subnets, broadcasts of other subnets, /31 peers and IPv6', () => {
    for (const address of ['192.168.1.254', '192.168.1.0', '192.168.2.255', '10.9.0.1', '10.9.0.0', '::1']) {
      expect(directedBroadcastReason(address, lan)).toBeNull();
    }
  });

  it('refuses exactly the last address of each subnet, for any address and prefix length up to /30', () => {
    fc.assert(
      // Half the runs aim at the subnet's broadcast address itself, half at any address.
      fc.property(quad, fc.integer({ min: 1, max: 30 }), quad, fc.boolean(), ([a, b, c, d], bits, other, atBroadcast) => {
        const maskNumber = (2 ** 32 - 2 ** (32 - bits)) >>> 0;
        const dotted = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
        const own = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
        const broadcast = (own | ~maskNumber) >>> 0;
        const target = atBroadcast ? broadcast : ((other[0] << 24) | (other[1] << 16) | (other[2] << 8) | other[3]) >>> 0;
        const refused = directedBroadcastReason(dotted(target), [{ name: 'eth0', address: dotted(own), netmask: dotted(maskNumber) }]) !== null;
        expect(refused).toBe(target === broadcast);
      }),
    );
  });
});
