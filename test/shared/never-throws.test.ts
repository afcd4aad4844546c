import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromInputs } from '../../src/shared/dial-plan.ts';
import { parseDialString } from '../../src/shared/dial-string.ts';
import { parseNote2 } from '../../src/shared/note2.ts';
import { normalizeNumber } from '../../src/shared/phone-number.ts';
import { nonUnicastReason } from '../../src/shared/unicast.ts';

const RUNS = { numRuns: 10_000 };

/** Exactly one of the two Result shapes, and an error always says something. */
function isResult(value: unknown, errorText: (error: unknown) => unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort().join(',');
  const r = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok === true) return keys === 'ok,value';
  if (r.ok !== false || keys !== 'error,ok') return false;
  const message = errorText(r.error);
  return typeof message === 'string' && message.trim() !== '';
}
const messageField = (error: unknown): unknown => (error as { message?: unknown } | null)?.message;
const itself = (error: unknown): unknown => error;

// --- Arbitraries -----------------------------------------------------------------------------------

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,8}[a-z0-9])?$/);
const hostname = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const port = fc.integer({ min: 1, max: 65535 });
const extension = fc.stringMatching(/^[0-9]{1,15}$/);
const opener = fc.constantFrom('UDP:/', 'UDP/:', 'udp:/', 'udp/:', 'Udp:/', 'uDP/:');
const separator = fc.constantFrom(':', ';');
const authcodeSuffix = fc.constantFrom('', '#authcode', '#AuthCode', '#AUTHCODE');
const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', ' \r\n');

/** Pieces of the Note 2 grammar, valid and nearly valid, that glue into strings close to real input. */
const note2Piece = fc.oneof(
  fc.constantFrom('UDP:/', 'UDP/:', 'udp:/', 'udp/:', 'UDP:', 'UDP/', 'UDP//', 'udp'),
  fc.constantFrom(':', ';', '::', '#authcode', '#AuthCode', '#x', '#', '[', ']', '{number}', '@', ' ', '.'),
  fc.constantFrom('sip:', 'SIPS:', 'tel:', 'callto:', 'http:', 'javascript:', 'zoiper:', '1sip:', 'data:'),
  fc.constantFrom('::1', 'fe80::1', '2001:db8::1', '::ffff:192.0.2.1', 'localhost', '-bad-.com', 'a..b', '256.1.1.1'),
  ipv4,
  hostname,
  fc.ipV6(),
  port.map(String),
  fc.constantFrom('0', '65536', '70000', 'abc', ''),
  extension,
  fc.string({ maxLength: 3 }),
);
const gluedNote2 = fc.array(note2Piece, { maxLength: 9 }).map((pieces) => pieces.join(''));

/** One slot of the grammar: mostly a valid choice, sometimes a near miss, so every later part is reached. */
const slot = (valid: fc.Arbitrary<string>, nearMiss: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: nearMiss, weight: 1 });

const structuredUdp = fc
  .tuple(
    padding,
    slot(opener, fc.constantFrom('UDP:', 'UDP//', 'udp', 'UDP:/ ', '')),
    slot(
      fc.oneof(ipv4, hostname, fc.ipV6().map((h) => `[${h}]`)),
      fc.constantFrom('', '::1', 'fe80::1', '[::1', '[1::2::3]', '256.1.1.1', '01.2.3.4', '1.2.3', '-bad-.com', 'a..b', '[]'),
    ),
    slot(fc.constant(':'), fc.constantFrom('', ';', '::', ' :')),
    slot(port.map(String), fc.constantFrom('', '0', '65536', '70000', 'abc', '123456', ' 80')),
    slot(separator, fc.constantFrom('', '::', ',', ' ')),
    slot(extension, fc.constantFrom('', '45a', '1234567890123456', '4 52', ':')),
    slot(authcodeSuffix, fc.constantFrom('#', '#x', '#foo', '#authcode#', ' #authcode', '#authcode ')),
    padding,
  )
  .map((parts) => parts.join(''));

const structuredUri = fc
  .tuple(
    padding,
    slot(fc.constantFrom('sip', 'SIPS', 'tel', 'callto'), fc.constantFrom('http', 'javascript', 'data', 'zoiper', '1sip', 'si p', '')),
    slot(fc.constant(':'), fc.constantFrom('', '::', '/')),
    slot(
      fc.constantFrom('', '{number}', '{number}@pbx.example.com', '{number};user=phone'),
      fc.constantFrom('@pbx', '{number}{number}', '{NUMBER}', '{number} x', '{number}<', '{number}\u0000', '{numb'),
    ),
    padding,
  )
  .map((parts) => parts.join(''));

const nearNote2 = fc.oneof(structuredUdp, structuredUri, gluedNote2);

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const numberPiece = fc.oneof(
  fc.stringMatching(/^[0-9]{1,6}$/),
  fc.constantFrom('+', '-', ' ', '.', '(', ')', '/', 'x', 'ext', 'ext.', 'extension', 'FLOWERS', '#', '*', ',', 'é', '５'),
);
const nearNumber = fc.array(numberPiece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const accountNumber = fc.option(fc.oneof(fc.stringMatching(/^[0-9]{1,22}$/), fc.string({ maxLength: 6 })), { nil: undefined });

const payloadPiece = fc.oneof(fc.stringMatching(/^[0-9]{0,22}$/), fc.constantFrom(',', '+', '-', ' ', '\n', 'é', 'a'));
const nearPayload = fc.array(payloadPiece, { maxLength: 7 }).map((pieces) => pieces.join(''));

// --- Never throws, always a Result ---------------------------------------------------------------

describe('parseNote2 never throws', () => {
  it.each([
    ['any text', anyText],
    ['near-valid Note 2', nearNote2],
  ])('on %s', (_name, text) => {
    fc.assert(fc.property(text, (note2) => isResult(parseNote2(note2), messageField)), RUNS);
  });

  it('with any allow-list', () => {
    const list = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('sip', 'HTTP', 'zoiper')), { maxLength: 4 });
    fc.assert(fc.property(nearNote2, list, (note2, allowed) => isResult(parseNote2(note2, allowed), messageField)), RUNS);
  });
});

describe('normalizeNumber never throws', () => {
  it.each([
    ['any text', anyText],
    ['near-valid numbers', nearNumber],
  ])('on %s', (_name, text) => {
    fc.assert(fc.property(text, (raw) => isResult(normalizeNumber(raw), itself)), RUNS);
  });
});

describe('planFromInputs never throws', () => {
  it.each([
    ['any text', anyText, anyText],
    ['near-valid inputs', nearNote2, nearNumber],
  ])('on %s', (_name, note2Arb, numberArb) => {
    fc.assert(
      fc.property(note2Arb, numberArb, accountNumber, accountNumber, (note2, number, client, debtor) =>
        isResult(planFromInputs({ note2, number, client, debtor }), messageField),
      ),
      RUNS,
    );
  });
});

describe('parseDialString never throws', () => {
  // It reports rather than returns a Result: wellFormed, or a problem that says what is wrong.
  it.each([
    ['any text', anyText],
    ['near-valid payloads', nearPayload],
  ])('on %s', (_name, text) => {
    fc.assert(
      fc.property(text, (payload) => {
        const parsed = parseDialString(payload);
        return parsed.wellFormed ? parsed.problem === null : typeof parsed.problem === 'string' && parsed.problem !== '';
      }),
      RUNS,
    );
  });
});

// --- Round trips ---------------------------------------------------------------------------------

type BuiltUdp = { note2: string; host: string; hostKind: string; port: number; extension: string; authcode: boolean };

const validUdp: fc.Arbitrary<BuiltUdp> = fc
  .record({
    opener,
    host: fc.oneof(
      ipv4.map((h) => ({ written: h, host: h, hostKind: 'ipv4' })),
      fc.ipV6().map((h) => ({ written: `[${h}]`, host: h.toLowerCase(), hostKind: 'ipv6' })),
      hostname.map((h) => ({ written: h, host: h, hostKind: 'hostname' })),
    // Broadcast, multicast and unspecified hosts are refused (unicast.test.ts): a valid Note 2 names one dialer.
    ).filter((h) => nonUnicastReason(h.host) === null),
    port,
    separator,
    extension,
    suffix: authcodeSuffix,
    before: padding,
    after: padding,
  })
  .map((p) => ({
    note2: `${p.before}${p.opener}${p.host.written}:${p.port}${p.separator}${p.extension}${p.suffix}${p.after}`,
    host: p.host.host,
    hostKind: p.host.hostKind,
    port: p.port,
    extension: p.extension,
    authcode: p.suffix !== '',
  }));

describe('round trips', () => {
  it('a valid UDP Note 2 parses to the parts it was built from', () => {
    fc.assert(
      fc.property(validUdp, (built) => {
        expect(parseNote2(built.note2)).toEqual({
          ok: true,
          value: { kind: 'udp', host: built.host, hostKind: built.hostKind, port: built.port, extension: built.extension, authcode: built.authcode },
        });
      }),
      RUNS,
    );
  });

  it('a planned UDP payload holds digits only and reads back as the same fields', () => {
    const digits = fc.stringMatching(/^[0-9]{1,12}$/);
    fc.assert(
      fc.property(validUdp, nearNumber, fc.option(digits, { nil: undefined }), fc.option(digits, { nil: undefined }), (built, number, client, debtor) => {
        const plan = planFromInputs({ note2: built.note2, number, client, debtor });
        if (!plan.ok || plan.value.kind !== 'udp') return;
        const { payload, authcode } = plan.value;
        expect(payload).toMatch(/^[0-9]{1,15},[0-9]{3,20}(,[0-9]{12})?$/);
        const expectAuthcode = built.authcode && client !== undefined && debtor !== undefined;
        expect(authcode).toBe(expectAuthcode ? `${client.padStart(4, '0').slice(-4)}${debtor.padStart(8, '0').slice(-8)}` : null);
        expect(parseDialString(payload)).toEqual({
          extension: built.extension,
          number: plan.value.number.digits,
          authcode,
          wellFormed: true,
          problem: null,
        });
      }),
      RUNS,
    );
  });

  it('a normalized number is 3 to 20 digits', () => {
    fc.assert(
      fc.property(nearNumber, (raw) => {
        const result = normalizeNumber(raw);
        if (result.ok) expect(result.value.digits).toMatch(/^[0-9]{3,20}$/);
      }),
      RUNS,
    );
  });
});
