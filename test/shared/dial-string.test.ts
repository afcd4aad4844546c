import { describe, expect, it } from 'vitest';
import { parseDialString } from '../../src/shared/dial-string.ts';

describe('parseDialString: well-formed', () => {
  it('reads extension,number', () => {
    expect(parseDialString('452,5551237777')).toEqual({
      extension: '452',
      number: '5551237777',
      authcode: null,
      wellFormed: true,
      problem: null,
    });
  });

  it('reads extension,number,authcode', () => {
    expect(parseDialString('109,7166983877,002400004585')).toEqual({
      extension: '109',
      number: '7166983877',
      authcode: '002400004585',
      wellFormed: true,
      problem: null,
    });
  });
});

describe('parseDialString: problems', () => {
  it.each([
    ['', 'expected 2 or 3 comma-separated fields, got 1'],
    ['452', 'expected 2 or 3 comma-separated fields, got 1'],
    ['452,5551237777,123412345678,9', 'expected 2 or 3 comma-separated fields, got 4'],
    [',5551237777', 'extension "" is not 1 to 15 digits'],
    ['45a,5551237777', 'extension "45a" is not 1 to 15 digits'],
    ['1234567890123456,5551237777', 'extension "1234567890123456" is not 1 to 15 digits'],
    ['452,', 'number "" is not 3 to 20 digits'],
    ['452,12', 'number "12" is not 3 to 20 digits'],
    ['452,+15551237777', 'number "+15551237777" is not 3 to 20 digits'],
    ['452,555-123-7777', 'number "555-123-7777" is not 3 to 20 digits'],
    [`452,${'1'.repeat(21)}`, `number "${'1'.repeat(21)}" is not 3 to 20 digits`],
    ['452,5551237777,', 'authcode "" is not 12 digits'],
    ['452,5551237777,1234', 'authcode "1234" is not 12 digits'],
    ['452,5551237777,12341234567', 'authcode "12341234567" is not 12 digits'],
    ['452,5551237777,1234123456789', 'authcode "1234123456789" is not 12 digits'],
    ['452,5551237777\n', 'payload holds characters outside printable ASCII'],
    ['452,5551237777\r\n', 'payload holds characters outside printable ASCII'],
    ['452,555é', 'payload holds characters outside printable ASCII'],
    ['\u0000452,5551237777', 'payload holds characters outside printable ASCII'],
  ])('%j: %s', (payload, problem) => {
    const parsed = parseDialString(payload);
    expect(parsed.problem).toBe(problem);
    expect(parsed.wellFormed).toBe(false);
  });

  it('still returns the fields it could split', () => {
    expect(parseDialString('45a,5551237777,1234')).toEqual({
      extension: '45a',
      number: '5551237777',
      authcode: '1234',
      wellFormed: false,
      problem: 'extension "45a" is not 1 to 15 digits',
    });
    expect(parseDialString('452')).toMatchObject({ extension: '452', number: null, authcode: null });
  });
});
