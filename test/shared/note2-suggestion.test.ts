import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote2 } from '../../src/shared/note2.ts';
import { buildUdpNote2, suggestNote2 } from '../../src/shared/note2-suggestion.ts';

describe('suggestNote2', () => {
  it('turns a URL-style udp:// into the seed\'s UDP command, naming the parts still missing', () => {
    expect(suggestNote2('udp://host')).toBe('UDP:/host:port:extension');
    expect(suggestNote2('udp://192.168.2.122:1544:452')).toBe('UDP:/192.168.2.122:1544:452');
    expect(suggestNote2('UDP:192.168.2.122:1544:452#authcode')).toBe('UDP:/192.168.2.122:1544:452#authcode');
    expect(suggestNote2('UDP:/192.168.2.122:1544')).toBe('UDP:/192.168.2.122:1544:extension');
  });

  it('adds the missing UDP:/ to a bare host:port:extension', () => {
    expect(suggestNote2('192.168.2.122:1544:452')).toBe('UDP:/192.168.2.122:1544:452');
    expect(suggestNote2('dialer.example.com:1544;109#authcode')).toBe('UDP:/dialer.example.com:1544:109#authcode');
    expect(suggestNote2('[::1]:1544:452')).toBe('UDP:/[::1]:1544:452');
  });

  it('adds the colon to a scheme name typed alone, when the scheme is allowed', () => {
    expect(suggestNote2('sip')).toBe('sip:');
    expect(suggestNote2('SIP;')).toBe('sip:');
    expect(suggestNote2('zoiper')).toBeNull();
    expect(suggestNote2('zoiper', ['zoiper'])).toBe('zoiper:');
  });

  it('offers nothing for a valid Note 2, an empty one, or when it has nothing better', () => {
    expect(suggestNote2('UDP:/192.168.2.122:1544:452')).toBeNull();
    expect(suggestNote2('sip:')).toBeNull();
    expect(suggestNote2('')).toBeNull();
    expect(suggestNote2('UDP:/192.168.2.122:99999:452')).toBeNull();
    expect(suggestNote2('hello world')).toBeNull();
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (text) => void expect(() => suggestNote2(text)).not.toThrow()));
  });

  it('a suggestion for a full host:port:extension is itself a valid Note 2', () => {
    for (const typed of ['192.168.2.122:1544:452', 'udp://10.0.0.5:1544:109#authcode', 'UDP/;dialer.local:9000;7']) {
      expect(parseNote2(suggestNote2(typed) ?? '').ok).toBe(true);
    }
  });
});

describe('buildUdpNote2', () => {
  it('writes the seed\'s spelling from the builder\'s fields', () => {
    expect(buildUdpNote2({ host: ' 192.168.2.122 ', port: '1544', extension: '109', authcode: true })).toBe(
      'UDP:/192.168.2.122:1544:109#authcode',
    );
    expect(buildUdpNote2({ host: '::1', port: '1544', extension: '452', authcode: false })).toBe('UDP:/[::1]:1544:452');
    expect(parseNote2(buildUdpNote2({ host: 'dialer.local', port: '9000', extension: '7', authcode: false })).ok).toBe(true);
  });
});
