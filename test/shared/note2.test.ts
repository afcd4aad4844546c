import { describe, expect, it } from 'vitest';
import { parseNote2, type Note2Result } from '../../src/shared/note2.ts';

const UDP_EXAMPLE = 'UDP:/192.168.2.122:1544:452';
const SEED_TARGET = { kind: 'udp', host: '192.168.2.122', hostKind: 'ipv4', port: 1544, extension: '452', authcode: false };

/** The error of a result that must have failed; fails the test with the value otherwise. */
function errorOf(result: Note2Result): { code: string; message: string } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('parseNote2: UDP command spellings', () => {
  it.each([
    'UDP:/192.168.2.122:1544:452',
    'UDP/:192.168.2.122:1544;452',
    'UDP:/192.168.2.122:1544;452',
    'UDP/:192.168.2.122:1544:452',
  ])('accepts %s', (note2) => {
    expect(parseNote2(note2)).toEqual({ ok: true, value: SEED_TARGET });
  });

  it.each(['udp:/192.168.2.122:1544:452', 'Udp/:192.168.2.122:1544;452', 'uDp:/192.168.2.122:1544:452'])(
    'reads the UDP keyword case-insensitively: %s',
    (note2) => {
      expect(parseNote2(note2)).toEqual({ ok: true, value: SEED_TARGET });
    },
  );

  it.each(['  UDP:/192.168.2.122:1544:452  ', '\tUDP:/192.168.2.122:1544:452\n', '\r\n UDP:/192.168.2.122:1544:452'])(
    'trims surrounding whitespace: %j',
    (note2) => {
      expect(parseNote2(note2)).toEqual({ ok: true, value: SEED_TARGET });
    },
  );

  it.each(['#authcode', '#AuthCode', '#AUTHCODE'])('turns on the authcode with %s', (suffix) => {
    expect(parseNote2(`UDP:/192.168.2.122:1544:452${suffix}`)).toEqual({ ok: true, value: { ...SEED_TARGET, authcode: true } });
  });

  it('accepts the authcode with the syntax-section spelling too', () => {
    expect(parseNote2('UDP/:192.168.2.122:1544;109#authcode')).toEqual({
      ok: true,
      value: { ...SEED_TARGET, extension: '109', authcode: true },
    });
  });

  it.each([
    ['UDP:192.168.2.122:1544:452', 'UDP:1'],
    ['UDP//192.168.2.122:1544:452', 'UDP//'],
    ['udp:', 'udp:'],
  ])('rejects the opener of %s, naming what was written', (note2, shown) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('udp-opener');
    expect(error.message).toBe(`A UDP command starts with "UDP:/" (or "UDP/:"), not "${shown}". Example: ${UDP_EXAMPLE}`);
  });
});

describe('parseNote2: UDP hosts', () => {
  it.each(['1.0.0.0', '10.0.0.1', '192.168.1.255', '223.255.255.255', '240.0.0.1', '127.0.0.1'])('accepts IPv4 %s', (host) => {
    expect(parseNote2(`UDP:/${host}:1544:452`)).toEqual({ ok: true, value: { ...SEED_TARGET, host } });
  });

  it.each(['256.1.1.1', '192.168.2.256', '192.168.02.1', '01.2.3.4', '192.168.2', '1.2.3.4.5', '1.2.3.4.', '999'])(
    'rejects IPv4 %s, naming it',
    (host) => {
      const error = errorOf(parseNote2(`UDP:/${host}:1544:452`));
      expect(error.code).toBe('udp-host-invalid');
      expect(error.message).toBe(`"${host}" is not a valid IP address or host name. Example: ${UDP_EXAMPLE}`);
    },
  );

  it.each([
    ['[::1]', '::1'],
    ['[fe80::1]', 'fe80::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[::ffff:192.0.2.1]', '::ffff:192.0.2.1'],
    ['[2001:0db8:0000:0000:0000:0000:0000:0001]', '2001:0db8:0000:0000:0000:0000:0000:0001'],
    ['[FE80::ABCD]', 'fe80::abcd'],
  ])('accepts bracketed IPv6 %s as host %s', (written, host) => {
    expect(parseNote2(`UDP:/${written}:1544:452`)).toEqual({ ok: true, value: { ...SEED_TARGET, host, hostKind: 'ipv6' } });
  });

  it.each(['[1::2::3]', '[12345::1]', '[::g]', '[]', '[192.168.2.122]', '[1.2.3.4::]', '[1:2:3:4:5:6:7:8:9]', '[fe80::1%eth0]'])(
    'rejects bracketed %s, naming it',
    (written) => {
      const error = errorOf(parseNote2(`UDP:/${written}:1544:452`));
      expect(error.code).toBe('udp-host-invalid');
      expect(error.message).toBe(`"${written}" is not a valid bracketed IPv6 address. Example: UDP:/[::1]:1544:452`);
    },
  );

  it('names the whole text when the closing bracket is missing', () => {
    expect(errorOf(parseNote2('UDP:/[::1:1544:452')).message).toBe(
      '"[::1:1544:452" is not a valid bracketed IPv6 address. Example: UDP:/[::1]:1544:452',
    );
  });

  it.each(['UDP:/[::1]1544:452', 'UDP:/[::1]'])('asks for the port after the brackets in %s', (note2) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('udp-port-missing');
    expect(error.message).toBe(`The port is missing: "[::1]" must be followed by a colon and the port. Example: ${UDP_EXAMPLE}`);
  });

  it.each(['::1:1544:452', 'fe80::1:1544:452', '2001:db8::1:1544:452', '::1', 'fe80::1', '2001:db8::1'])(
    'gives the bracket hint for unbracketed IPv6 %s',
    (body) => {
      const error = errorOf(parseNote2(`UDP:/${body}`));
      expect(error.code).toBe('udp-ipv6-unbracketed');
      expect(error.message).toBe('An IPv6 address must be written in brackets, for example UDP:/[::1]:1544:452.');
    },
  );

  it.each([
    ['255.255.255.255', '255.255.255.255 is the broadcast address: a dial must go to one dialer, not every computer on the network.'],
    ['224.0.0.1', '224.0.0.1 is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.'],
    ['239.255.255.250', '239.255.255.250 is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.'],
    ['0.0.0.0', "0.0.0.0 is the unspecified address: it names no computer: enter the dialer's own address."],
    ['0.1.2.3', `0.1.2.3 is in 0.0.0.0/8, "this network", which is not a destination: it names no computer: enter the dialer's own address.`],
    ['[::]', "[::] is the unspecified address: it names no computer: enter the dialer's own address."],
    ['[ff02::1]', '[ff02::1] is a multicast address (ff00::/8): a dial must go to one dialer.'],
    ['[FF05::1:3]', '[ff05::1:3] is a multicast address (ff00::/8): a dial must go to one dialer.'],
    [
      '[::ffff:255.255.255.255]',
      '[::ffff:255.255.255.255] is 255.255.255.255 written as IPv6, and 255.255.255.255 is the broadcast address: a dial must go to one dialer, not every computer on the network.',
    ],
    ['[::ffff:e000:1]', '[::ffff:e000:1] is 224.0.0.1 written as IPv6, and 224.0.0.1 is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.'],
    ['[::ffff:0.0.0.0]', "[::ffff:0.0.0.0] is 0.0.0.0 written as IPv6, and 0.0.0.0 is the unspecified address: it names no computer: enter the dialer's own address."],
    ['broadcasthost', '"broadcasthost" is the name of 255.255.255.255, the broadcast address: a dial must go to one dialer.'],
    ['BroadcastHost.', '"BroadcastHost." is the name of 255.255.255.255, the broadcast address: a dial must go to one dialer.'],
    ['ip6-allnodes', '"ip6-allnodes" is the name of ff02::1, the multicast group of every computer on the link: a dial must go to one dialer.'],
  ])('refuses %s, which is not one dialer, saying why', (written, why) => {
    const error = errorOf(parseNote2(`UDP:/${written}:1544:452`));
    expect(error).toEqual({ code: 'udp-host-not-unicast', message: `${why} Example: ${UDP_EXAMPLE}` });
  });

  it.each(['dialer.example.com', 'localhost', 'Dialer-01.Example.COM', 'dialer.example.com.'])('accepts host name %s', (host) => {
    expect(parseNote2(`UDP:/${host}:1544:452`)).toEqual({ ok: true, value: { ...SEED_TARGET, host, hostKind: 'hostname' } });
  });

  it.each(['-bad-.com', 'a..b', 'under_score.example.com', '.example.com', 'example.123', `${'a'.repeat(64)}.com`])(
    'rejects host name %s, naming it',
    (host) => {
      const error = errorOf(parseNote2(`UDP:/${host}:1544:452`));
      expect(error.code).toBe('udp-host-invalid');
      expect(error.message).toContain(`"${host}" is not a valid IP address or host name.`);
    },
  );

  it('trims only the ends of Note 2: a space inside is named as part of the host', () => {
    expect(errorOf(parseNote2('UDP:/ 192.168.2.122:1544:452')).message).toBe(
      `" 192.168.2.122" is not a valid IP address or host name. Example: ${UDP_EXAMPLE}`,
    );
  });

  it.each(['UDP:/:1544:452', 'UDP:/', 'UDP/::1544;452'])('says the host is missing in %s', (note2) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('udp-host-missing');
    expect(error.message).toBe(`The dialer's IP address is missing after "UDP:/". Example: ${UDP_EXAMPLE}`);
  });
});

describe('parseNote2: UDP port and extension', () => {
  it.each([1, 80, 65535])('accepts port %i', (port) => {
    expect(parseNote2(`UDP:/192.168.2.122:${port}:452`)).toEqual({ ok: true, value: { ...SEED_TARGET, port } });
  });

  it.each(['0', '65536', '70000', 'abc', '15a4', '123456', '-1', '+80'])('rejects port "%s", naming it', (port) => {
    const error = errorOf(parseNote2(`UDP:/192.168.2.122:${port}:452`));
    expect(error.code).toBe('udp-port-invalid');
    expect(error.message).toBe(`Port "${port}" must be a number from 1 to 65535. Example: ${UDP_EXAMPLE}`);
  });

  it.each(['UDP:/192.168.2.122::452', 'UDP:/192.168.2.122', 'UDP:/192.168.2.122:;452'])('says the port is missing in %s', (note2) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('udp-port-missing');
    expect(error.message).toBe(`The port is missing: "192.168.2.122" must be followed by a colon and the port. Example: ${UDP_EXAMPLE}`);
  });

  it('says the extension is missing when nothing follows the port', () => {
    const error = errorOf(parseNote2('UDP:/192.168.2.122:1544'));
    expect(error.code).toBe('udp-extension-missing');
    expect(error.message).toBe(
      `The operator's extension is missing: the port must be followed by a colon and the extension. Example: ${UDP_EXAMPLE}`,
    );
  });

  it.each(['UDP:/192.168.2.122:1544:', 'UDP/:192.168.2.122:1544;', 'UDP:/192.168.2.122:1544:#authcode'])(
    'says the extension is missing after the separator in %s',
    (note2) => {
      const error = errorOf(parseNote2(note2));
      expect(error.code).toBe('udp-extension-missing');
      expect(error.message).toBe(`The operator's extension is missing after the port. Example: ${UDP_EXAMPLE}`);
    },
  );

  it.each(['1', '123456789012345'])('accepts extension %s', (extension) => {
    expect(parseNote2(`UDP:/192.168.2.122:1544:${extension}`)).toEqual({ ok: true, value: { ...SEED_TARGET, extension } });
  });

  it.each(['45a', '1234567890123456', '452:9', '4 52', '٤٥٢'])('rejects extension "%s", naming it', (extension) => {
    const error = errorOf(parseNote2(`UDP:/192.168.2.122:1544:${extension}`));
    expect(error.code).toBe('udp-extension-invalid');
    expect(error.message).toBe(`Extension "${extension}" must be 1 to 15 digits. Example: ${UDP_EXAMPLE}`);
  });
});

describe('parseNote2: #commands', () => {
  it.each([
    ['#foo', '#foo'],
    ['#', '#'],
    ['#authcodes', '#authcodes'],
    ['#authcode#authcode', '#authcode#authcode'],
  ])('rejects %s, naming it', (suffix, shown) => {
    const error = errorOf(parseNote2(`UDP:/192.168.2.122:1544:452${suffix}`));
    expect(error.code).toBe('udp-command-unknown');
    expect(error.message).toBe(
      `Unknown command "${shown}": the only command is #authcode. Example: UDP:/192.168.2.122:1544:452#authcode`,
    );
  });
});

describe('parseNote2: protocol prefixes', () => {
  it.each(['sip', 'sips', 'tel', 'callto'])('accepts %s: as prefix + number', (scheme) => {
    expect(parseNote2(`${scheme}:`)).toEqual({ ok: true, value: { kind: 'uri', scheme, template: `${scheme}:{number}` } });
  });

  it.each([
    ['SIP:', 'sip'],
    ['Tel:', 'tel'],
    ['  sips:  ', 'sips'],
  ])('reads %j case-insensitively and trimmed', (note2, scheme) => {
    expect(parseNote2(note2)).toEqual({ ok: true, value: { kind: 'uri', scheme, template: `${scheme}:{number}` } });
  });

  it('accepts a {number} template and lower-cases its scheme', () => {
    expect(parseNote2('SIP:{number}@pbx.example.com')).toEqual({
      ok: true,
      value: { kind: 'uri', scheme: 'sip', template: 'sip:{number}@pbx.example.com' },
    });
  });

  it.each(['sip:@pbx.example.com', 'sip:{number}{number}@pbx.example.com', 'sip:{NUMBER}@pbx.example.com'])(
    'rejects the template %s that does not hold {number} exactly once',
    (note2) => {
      const error = errorOf(parseNote2(note2));
      expect(error.code).toBe('uri-template-invalid');
      expect(error.message).toBe(
        'Text after "sip:" must hold the {number} placeholder exactly once, or nothing at all. Example: sip:{number}@pbx.example.com',
      );
    },
  );

  it.each([
    ['sip:{number} @pbx.example.com', 'A space'],
    ['sip:{number}@<pbx>', '"<"'],
    ['sip:{number}"x', '"""'],
    ['sip:{number}\u0007', 'Control character U+0007'],
    ['sip:{number}@pbx\u007f', 'Control character U+007F'],
  ])('rejects a character in %j, naming it', (note2, named) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('uri-template-invalid');
    expect(error.message).toBe(`${named} cannot be part of a sip: address. Example: sip:{number}@pbx.example.com`);
  });

  const FORBIDDEN = ['file', 'http', 'https', 'javascript', 'data', 'vbscript', 'smb', 'ftp'];
  it.each(FORBIDDEN)('rejects %s: as forbidden even when it is in the allow-list', (scheme) => {
    const error = errorOf(parseNote2(`${scheme.toUpperCase()}:{number}`, ['sip', scheme]));
    expect(error.code).toBe('scheme-forbidden');
    expect(error.message).toBe(
      `The "${scheme}:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.`,
    );
  });

  it.each(['ms-msdt', 'search-ms', 'ms-officecmd', 'vscode', 'itms-services'])(
    'rejects the OS command-handler scheme %s: even when it is in the allow-list, saying why',
    (scheme) => {
      const error = errorOf(parseNote2(`${scheme}:{number}`, ['sip', scheme]));
      expect(error).toEqual({
        code: 'scheme-forbidden',
        message: `The "${scheme}:" protocol hands the link's text to a program of the operating system that acts on it (a known way to run commands on this computer) and can never be used for dialing. Use sip:, tel: or a UDP command.`,
      });
    },
  );

  it('rejects a vendor scheme that is not in the allow-list, listing the allowed ones', () => {
    const error = errorOf(parseNote2('zoiper:'));
    expect(error.code).toBe('scheme-not-allowed');
    expect(error.message).toBe('The "zoiper:" protocol is not on the allowed list (sip:, sips:, tel:, callto:). An administrator can add it.');
  });

  it('accepts a vendor scheme the administrator added, whatever its case in the list', () => {
    const expected = { ok: true, value: { kind: 'uri', scheme: 'zoiper', template: 'zoiper:{number}' } };
    expect(parseNote2('zoiper:', ['sip', 'zoiper'])).toEqual(expected);
    expect(parseNote2('Zoiper:', ['ZOIPER'])).toEqual(expected);
  });

  it('rejects a default scheme that the given allow-list leaves out', () => {
    const error = errorOf(parseNote2('sip:', ['tel']));
    expect(error.code).toBe('scheme-not-allowed');
    expect(error.message).toBe('The "sip:" protocol is not on the allowed list (tel:). An administrator can add it.');
  });

  it.each(['1sip', 'si p', 's_ip', 'sip!'])('rejects the scheme syntax "%s:", naming it', (scheme) => {
    const error = errorOf(parseNote2(`${scheme}:`));
    expect(error.code).toBe('scheme-invalid');
    expect(error.message).toBe(
      `"${scheme}" is not a protocol name: it must start with a letter and hold only letters, digits, "+", "-" or ".". Example: sip:`,
    );
  });

  it('says a protocol name must come before a leading colon', () => {
    const error = errorOf(parseNote2(':{number}'));
    expect(error.code).toBe('scheme-invalid');
    expect(error.message).toBe('Note 2 starts with ":": a protocol name must come before the colon. Example: sip:');
  });
});

describe('parseNote2: empty and unrecognized text', () => {
  it.each(['', '   ', '\t\n\r'])('says an empty Note 2 %j is empty', (note2) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('empty');
    expect(error.message).toBe(`Note 2 is empty. Enter a protocol prefix such as "sip:" or a UDP command such as ${UDP_EXAMPLE}.`);
  });

  it('treats a non-string from untyped callers as empty instead of throwing', () => {
    expect(errorOf(parseNote2(undefined as unknown as string)).code).toBe('empty');
    expect(errorOf(parseNote2(42 as unknown as string)).code).toBe('empty');
  });

  it.each(['call me', 'udp', 'sip', '5551237777'])('rejects plain text %j with no colon, naming it', (note2) => {
    const error = errorOf(parseNote2(note2));
    expect(error.code).toBe('unrecognized');
    expect(error.message).toBe(`"${note2}" is neither a protocol prefix such as "sip:" nor a UDP command such as ${UDP_EXAMPLE}.`);
  });
});
