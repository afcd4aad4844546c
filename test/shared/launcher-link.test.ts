import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNumber } from '../../src/shared/phone-number.ts';
import { excerpt, MAX_LINK_LENGTH, parseLaunchLink, type LaunchLink } from '../../src/shared/launcher-link.ts';

const call = (fields: Partial<LaunchLink> & Pick<LaunchLink, 'scheme' | 'number'>): LaunchLink => ({ client: null, debtor: null, name: null, ...fields });
const refusal = (link: string) => {
  const parsed = parseLaunchLink(link);
  if (parsed.ok) throw new Error(`${link} was accepted`);
  return parsed.error;
};

describe('parseLaunchLink: accepted forms', () => {
  it.each([
    ['softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585', call({ scheme: 'softphone-launcher', number: '716-698-3877', client: '24', debtor: '4585' })],
    ['softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585&name=Morgan%20Ellis', call({ scheme: 'softphone-launcher', number: '716-698-3877', client: '24', debtor: '4585', name: 'Morgan Ellis' })],
    ['softphone-launcher://dial?number=716-698-3877', call({ scheme: 'softphone-launcher', number: '716-698-3877' })],
    ['softphone-launcher://dial/?number=%2B1%20716%20698%203877', call({ scheme: 'softphone-launcher', number: '+1 716 698 3877' })],
    ['SOFTPHONE-LAUNCHER://DIAL?Number=7166983877&DEBTOR=4585&client=24', call({ scheme: 'softphone-launcher', number: '7166983877', client: '24', debtor: '4585' })],
    ['softphone-launcher://dial?number=1-800-FLOWERS', call({ scheme: 'softphone-launcher', number: '1-800-FLOWERS' })],
    ['softphone-launcher://dial?number=716-698-3877&name=', call({ scheme: 'softphone-launcher', number: '716-698-3877' })],
    ['  tel:+1-716-698-3877\n', call({ scheme: 'tel', number: '+1-716-698-3877' })],
    ['tel:+1-716-698-3877;ext=12', call({ scheme: 'tel', number: '+1-716-698-3877 ext 12' })],
    ['tel:698-3877;phone-context=+1-716', call({ scheme: 'tel', number: '698-3877' })],
    ['tel://7166983877', call({ scheme: 'tel', number: '7166983877' })],
    ['callto:7166983877', call({ scheme: 'callto', number: '7166983877' })],
    ['callto://+17166983877/', call({ scheme: 'callto', number: '+17166983877' })],
    ['sip:7166983877@pbx.example.com', call({ scheme: 'sip', number: '7166983877' })],
    ['sip:+17166983877@pbx.example.com;user=phone', call({ scheme: 'sip', number: '+17166983877' })],
    ['sip:7166983877', call({ scheme: 'sip', number: '7166983877' })],
    ['sips:7166983877:secret@pbx.example.com?subject=x', call({ scheme: 'sips', number: '7166983877' })],
  ])('%s', (link, expected) => {
    expect(parseLaunchLink(link)).toEqual({ ok: true, value: expected });
  });
});

describe('parseLaunchLink: refusals, each with its reason', () => {
  it('a word where the number goes, by the shared phone-number rule', () => {
    expect(refusal('softphone-launcher://dial?number=unknown')).toEqual({ kind: 'number', reason: '"unknown" is not a phone number.' });
    expect(refusal('tel:NULL')).toEqual({ kind: 'number', reason: '"NULL" is not a phone number.' });
    expect(refusal('sip:alice@example.com')).toEqual({ kind: 'number', reason: '"alice" is not a phone number.' });
  });

  it('too few or too many digits, and no number at all', () => {
    expect(refusal('callto:12').reason).toBe('"12" is not a dialable number: it has 2 digits (3 to 20 needed).');
    expect(refusal('softphone-launcher://dial?client=24&debtor=4585')).toEqual({
      kind: 'number',
      reason: 'The link has no number: add number=…, for example softphone-launcher://dial?number=716-698-3877.',
    });
    expect(refusal('softphone-launcher://dial').kind).toBe('number');
    expect(refusal('tel:').reason).toBe('Enter a phone number.');
  });

  it('a client or debtor that is not digits, by the authcode rule', () => {
    expect(refusal('softphone-launcher://dial?number=716-698-3877&client=24a&debtor=4585')).toEqual({
      kind: 'client',
      reason: 'Client number "24a" must be 1 to 20 digits.',
    });
    expect(refusal('softphone-launcher://dial?number=716-698-3877&client=24&debtor=-4585')).toEqual({
      kind: 'debtor',
      reason: 'Debtor file number "-4585" must be 1 to 20 digits.',
    });
    expect(refusal('softphone-launcher://dial?number=716-698-3877&client=&debtor=4585').reason).toBe('Client number is empty.');
  });

  it('a client without a debtor, or the other way round', () => {
    expect(refusal('softphone-launcher://dial?number=716-698-3877&client=24')).toEqual({
      kind: 'debtor',
      reason: 'The link gives client but no debtor: the authcode needs both, so a link passes both or neither.',
    });
    expect(refusal('softphone-launcher://dial?number=716-698-3877&debtor=4585').kind).toBe('client');
  });

  it('a parameter the app does not know, or one given twice', () => {
    expect(refusal('softphone-launcher://dial?number=716-698-3877&autodial=1')).toEqual({
      kind: 'parameter',
      reason: 'The link has a parameter the app does not know, "autodial": it takes number, client, debtor, name.',
    });
    expect(refusal('softphone-launcher://dial?number=716-698-3877&number=5551237777')).toEqual({ kind: 'parameter', reason: 'The link gives number twice.' });
    expect(refusal('tel:+17166983877;foo=bar').kind).toBe('parameter');
  });

  it('an oversized link, without copying it into the reason', () => {
    const link = `softphone-launcher://dial?number=716-698-3877&name=${'a'.repeat(MAX_LINK_LENGTH)}`;
    const refused = refusal(link);
    expect(refused).toEqual({ kind: 'oversized', reason: `The link is ${link.length} characters long; a phone link has at most ${MAX_LINK_LENGTH}.` });
  });

  it('a name too long or with control characters', () => {
    expect(refusal(`softphone-launcher://dial?number=716-698-3877&name=${'a'.repeat(121)}`)).toEqual({ kind: 'name', reason: 'The name is 121 characters long (at most 120).' });
    expect(refusal('softphone-launcher://dial?number=716-698-3877&name=a%0Ab').kind).toBe('name');
  });

  it('other schemes, other launcher actions and broken encoding', () => {
    expect(refusal('https://example.com/?number=7166983877')).toEqual({
      kind: 'scheme',
      reason: '"https:" links are not phone links: the app takes softphone-launcher:, tel:, callto:, sip:, sips:.',
    });
    expect(refusal('7166983877').reason).toBe('"7166983877" is not a link: the app takes softphone-launcher:, tel:, callto:, sip:, sips:.');
    expect(refusal('softphone-launcher://hangup?number=7166983877').kind).toBe('format');
    expect(refusal('softphone-launcher://dial?number=%E0%A4%A').kind).toBe('format');
    expect(refusal('tel:%zz').kind).toBe('format');
  });

  it('refuses what is not text', () => {
    expect(parseLaunchLink(undefined)).toEqual({ ok: false, error: { kind: 'format', reason: 'A link must be text.' } });
  });
});

describe('excerpt', () => {
  it('keeps a short link, cuts a long one and flattens line breaks', () => {
    expect(excerpt('tel:123')).toBe('tel:123');
    expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
    expect(excerpt('a\nb')).toBe('a b');
  });
});

const piece = fc.oneof(
  fc.constantFrom('softphone-launcher:', 'softphone-launcher://dial', '?', '&', '=', 'number', 'client', 'debtor', 'name', 'tel:', 'sip:', 'callto:', '//', '@', ';', 'ext', '%', '%20', '%2B', '+', 'unknown'),
  fc.stringMatching(/^[0-9-]{0,12}$/),
  fc.string({ maxLength: 4 }),
);
const glued = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('parseLaunchLink never throws', () => {
  it('on any text, glued link pieces or any value at all', () => {
    fc.assert(
      fc.property(fc.oneof(glued, fc.string({ maxLength: 3000 }), fc.anything()), (input) => {
        const parsed = parseLaunchLink(input);
        // What it accepts, the dial service accepts too.
        if (parsed.ok) return normalizeNumber(parsed.value.number).ok;
        return parsed.error.reason.trim() !== '';
      }),
      { numRuns: 5000 },
    );
  });
});
