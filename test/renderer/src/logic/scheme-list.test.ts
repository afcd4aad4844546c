import { describe, expect, it } from 'vitest';
import { addScheme, removeScheme, sameSchemes } from '../../../../src/renderer/src/logic/scheme-list.ts';

const DEFAULTS = ['sip', 'sips', 'tel', 'callto'];

describe('addScheme', () => {
  it('adds a vendor scheme at the end, lower-cased and without its colon', () => {
    expect(addScheme(DEFAULTS, ' Zoiper: ')).toEqual({ ok: true, value: [...DEFAULTS, 'zoiper'] });
  });

  it('refuses a scheme that is already listed', () => {
    expect(addScheme(DEFAULTS, 'SIP')).toEqual({ ok: false, error: 'sip: is already on the list.' });
  });

  it('refuses forbidden schemes with the shared rule\'s reason', () => {
    expect(addScheme(DEFAULTS, 'http')).toEqual({
      ok: false,
      error: 'The "http:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.',
    });
  });

  it('refuses an empty or malformed name', () => {
    expect(addScheme(DEFAULTS, '  ')).toEqual({ ok: false, error: 'Enter a scheme name, for example "sip".' });
    expect(addScheme(DEFAULTS, '9pbx')).toEqual({
      ok: false,
      error: '"9pbx" is not a scheme name: it must start with a letter and hold only letters, digits, "+", "-" or ".".',
    });
  });
});

it('removes one scheme and keeps the order of the rest', () => {
  expect(removeScheme(DEFAULTS, 'sips')).toEqual(['sip', 'tel', 'callto']);
  expect(removeScheme(DEFAULTS, 'zoiper')).toEqual(DEFAULTS);
});

it('compares lists by content and order', () => {
  expect(sameSchemes(DEFAULTS, [...DEFAULTS])).toBe(true);
  expect(sameSchemes(DEFAULTS, ['sips', 'sip', 'tel', 'callto'])).toBe(false);
  expect(sameSchemes(DEFAULTS, DEFAULTS.slice(1))).toBe(false);
});
