import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHostPort, isHostname, isIpv4, isIpv6, looksLikeIpv4 } from '../../src/shared/host-address.ts';

describe('isIpv4', () => {
  it.each(['0.0.0.0', '1.2.3.4', '192.168.2.122', '255.255.255.255'])('accepts %s', (text) => {
    expect(isIpv4(text)).toBe(true);
  });

  it.each(['256.0.0.0', '1.2.3.256', '01.2.3.4', '1.2.3.04', '1.2.3', '1.2.3.4.5', '1.2.3.', '', '1.2.3.a', ' 1.2.3.4', '1..2.3'])(
    'rejects %j',
    (text) => {
      expect(isIpv4(text)).toBe(false);
    },
  );

  it('agrees with node:net on dotted strings', () => {
    const part = fc.oneof(fc.nat(300).map(String), fc.stringMatching(/^[0-9]{1,4}$/));
    const dotted = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
    fc.assert(fc.property(dotted, (text) => isIpv4(text) === isIPv4(text)), { numRuns: 2000 });
  });
});

describe('looksLikeIpv4', () => {
  it('is true for digits and dots only', () => {
    expect(looksLikeIpv4('999.1')).toBe(true);
    expect(looksLikeIpv4('1.2.3.4a')).toBe(false);
    expect(looksLikeIpv4('')).toBe(false);
  });
});

describe('isIpv6', () => {
  it.each(['::', '::1', 'fe80::1', '2001:db8::1', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '1::2:3:4:5:6:7', '1:2:3:4:5:6:1.2.3.4', 'ABCD::ef'])(
    'accepts %s',
    (text) => {
      expect(isIpv6(text)).toBe(true);
    },
  );

  it.each(['', ':', ':::', '1::2::3', '12345::1', '::g', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '::1:2:3:4:5:6:7:8', '1.2.3.4', '1.2.3.4::', '1.2.3.4::1', ':1::2', '1::2:', 'fe80::1%eth0', '::256.1.1.1'])(
    'rejects %j',
    (text) => {
      expect(isIpv6(text)).toBe(false);
    },
  );

  it('accepts every address fast-check generates', () => {
    fc.assert(fc.property(fc.ipV6(), (text) => isIpv6(text)), { numRuns: 2000 });
  });

  it('agrees with node:net on strings built from IPv6 characters', () => {
    const chars = fc.constantFrom(...'0123456789abcdefABCDEF:.'.split(''), '::', 'ffff', '1.2.3.4');
    const text = fc.array(chars, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => isIpv6(t) === isIPv6(t)), { numRuns: 5000 });
  });
});

describe('isHostname', () => {
  it.each(['localhost', 'dialer.example.com', 'dialer.example.com.', 'a', 'x-1.y-2.example', `${'a'.repeat(63)}.com`, '1.2.3.4a'])(
    'accepts %s',
    (text) => {
      expect(isHostname(text)).toBe(true);
    },
  );

  it.each(['', '-bad-.com', 'bad-.com', 'a..b', '.example.com', 'under_score.com', 'example.123', '123', `${'a'.repeat(64)}.com`, `${'a.'.repeat(127)}ab`, 'dialer example.com'])(
    'rejects %j',
    (text) => {
      expect(isHostname(text)).toBe(false);
    },
  );
});

describe('formatHostPort', () => {
  it('brackets IPv6 only', () => {
    expect(formatHostPort('::1', 'ipv6', 1544)).toBe('[::1]:1544');
    expect(formatHostPort('192.168.2.122', 'ipv4', 1544)).toBe('192.168.2.122:1544');
    expect(formatHostPort('localhost', 'hostname', 5060)).toBe('localhost:5060');
  });
});
