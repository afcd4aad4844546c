import { describe, expect, it } from 'vitest';
import { describeUdpFailure } from '../../../src/main/dial/udp-failure.ts';

// Network errors a loopback test cannot provoke without aiming at real networks: the sentences only.
const context = { host: '192.168.2.122', where: '192.168.2.122:1544', lookupTimeoutMs: 5000 };

describe('describeUdpFailure', () => {
  it.each([
    ['ENETUNREACH', 'The network of 192.168.2.122:1544 cannot be reached from this computer (ENETUNREACH).'],
    ['EHOSTUNREACH', '192.168.2.122:1544 cannot be reached: there is no route to that host (EHOSTUNREACH).'],
    ['EADDRNOTAVAIL', 'This computer cannot send to 192.168.2.122:1544: the address is not available here (EADDRNOTAVAIL).'],
    ['EACCES', 'Sending to 192.168.2.122:1544 was not permitted (EACCES); it may be a broadcast address.'],
    ['EPERM', 'Sending to 192.168.2.122:1544 was blocked (EPERM), probably by a firewall rule.'],
    [
      'EAFNOSUPPORT',
      'This computer cannot send to 192.168.2.122:1544: that address family (IPv4 or IPv6) is not available here (EAFNOSUPPORT).',
    ],
    ['EMSGSIZE', 'The dial string is too long for one datagram to 192.168.2.122:1544 (EMSGSIZE).'],
  ])('%s names the target and the code', (code, sentence) => {
    expect(describeUdpFailure(code, `send ${code} 192.168.2.122:1544`, context)).toBe(sentence);
  });

  it('names the host name for lookup failures', () => {
    const named = { host: 'pbx.example.com', where: 'pbx.example.com:1544', lookupTimeoutMs: 5000 };
    expect(describeUdpFailure('ENOTFOUND', 'getaddrinfo ENOTFOUND pbx.example.com', named)).toBe(
      'Host name "pbx.example.com" was not found (ENOTFOUND).',
    );
    expect(describeUdpFailure('ENODATA', 'getaddrinfo ENODATA pbx.example.com', named)).toBe('Host name "pbx.example.com" has no address (ENODATA).');
  });

  it('falls back to the system message, adding the code only when the message lacks it', () => {
    expect(describeUdpFailure('EINVAL', 'send EINVAL 192.168.2.122:1544', context)).toBe(
      'Sending to 192.168.2.122:1544 failed: send EINVAL 192.168.2.122:1544.',
    );
    expect(describeUdpFailure('EWHATEVER', 'something odd.', context)).toBe('Sending to 192.168.2.122:1544 failed: something odd (EWHATEVER).');
    expect(describeUdpFailure(null, 'no code at all', context)).toBe('Sending to 192.168.2.122:1544 failed: no code at all.');
  });
});
