import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DIGITS, MAX_NUMBER_TEXT, MIN_DIGITS, normalizeNumber } from '../../src/shared/phone-number.ts';

describe('normalizeNumber: dialing form', () => {
  it.each([
    ['555-123-7777', '5551237777'],
    ['(716) 698.3877', '7166983877'],
    ['716/698 3877', '7166983877'],
    ['  716 - 698 - 3877  ', '7166983877'],
    ['716\u00a0698\t3877', '7166983877'],
  ])('removes separators from %j', (raw, digits) => {
    expect(normalizeNumber(raw)).toEqual({ ok: true, value: { digits, international: false, extension: null, display: raw.trim() } });
  });

  it('keeps a leading + as international and dials its digits', () => {
    expect(normalizeNumber('+1 716 698 3877')).toEqual({
      ok: true,
      value: { digits: '17166983877', international: true, extension: null, display: '+1 716 698 3877' },
    });
  });

  it.each([
    ['1-800-FLOWERS', '18003569377'],
    ['1-800-flowers', '18003569377'],
    ['1-800-ABC-DEFG', '18002223334'],
    ['800-GOT-JUNK', '8004685865'],
    ['+1 800 PQRS TUV', '18007777888'],
    ['555-TUV-WXYZ x12', '5558889999'],
  ])('maps the letters of %s to keypad digits', (raw, digits) => {
    const result = normalizeNumber(raw);
    expect(result.ok && result.value.digits).toBe(digits);
  });
});

describe('normalizeNumber: extension suffix', () => {
  it.each(['555-123-7777 x12', '555-123-7777x12', '555-123-7777 X 12', '555-123-7777 ext 12', '555-123-7777 ext. 12', '555-123-7777 EXT.12', '555-123-7777 extension 12', '(555) 123-7777 ext12'])(
    'drops the extension of %j from the digits but keeps it',
    (raw) => {
      expect(normalizeNumber(raw)).toEqual({ ok: true, value: { digits: '5551237777', international: false, extension: '12', display: raw } });
    },
  );

  it('never dials a long extension as part of the number (its x would become keypad 9)', () => {
    expect(normalizeNumber('555-123-7777 x123456789')).toEqual({
      ok: true,
      value: { digits: '5551237777', international: false, extension: '123456789', display: '555-123-7777 x123456789' },
    });
  });

  it('keeps an international number international when it has an extension', () => {
    expect(normalizeNumber('+44 20 7946 0958 ext. 1234')).toEqual({
      ok: true,
      value: { digits: '442079460958', international: true, extension: '1234', display: '+44 20 7946 0958 ext. 1234' },
    });
  });
});

describe('normalizeNumber: numbers that cannot be dialed', () => {
  it('says an empty number is empty', () => {
    expect(normalizeNumber('')).toEqual({ ok: false, error: 'Enter a phone number.' });
    expect(normalizeNumber('  \t ')).toEqual({ ok: false, error: 'Enter a phone number.' });
    expect(normalizeNumber(null as unknown as string)).toEqual({ ok: false, error: 'Enter a phone number.' });
  });

  it.each([
    ['12', 2],
    ['+', 0],
    ['(--)', 0],
    ['1'.repeat(21), 21],
    ['+1 234 567 890 123 456 789 01', 21],
  ])('says %j is not a dialable number: it has %i digits', (raw, count) => {
    expect(normalizeNumber(raw)).toEqual({
      ok: false,
      error: `"${raw}" is not a dialable number: it has ${count} digits (${MIN_DIGITS} to ${MAX_DIGITS} needed).`,
    });
  });

  it('accepts exactly 3 and exactly 20 digits', () => {
    expect(normalizeNumber('911').ok).toBe(true);
    expect(normalizeNumber('1'.repeat(20)).ok).toBe(true);
  });

  it.each([
    ['555#1234', '#'],
    ['555*1234', '*'],
    ['555,123,7777', ','],
    ['1+555-1234', '+'],
    ['++1 555 1234', '+'],
    ['555_123_7777', '_'],
    ['５５５１２３７７７７', '５'],
    ['555-123-7777 (home)é', 'é'],
  ])('names the stray character in %j', (raw, stray) => {
    expect(normalizeNumber(raw)).toEqual({
      ok: false,
      error: `"${raw}" is not a dialable number: "${stray}" is not part of a phone number.`,
    });
  });

  it('refuses text longer than the limit without echoing all of it', () => {
    const raw = `5551237777 ${'-'.repeat(MAX_NUMBER_TEXT)}`;
    expect(normalizeNumber(raw)).toEqual({
      ok: false,
      error: `"5551237777 -------------…" is not a dialable number: it is ${raw.length} characters long (at most ${MAX_NUMBER_TEXT}).`,
    });
  });
});

describe('normalizeNumber: words and placeholders are not numbers', () => {
  // What collection exports put in phone columns; the keypad rule used to turn "unknown" into 8656696.
  it.each(['unknown', 'Unknown', 'NULL', 'null', 'none', 'refused', 'deceased', 'wrong number', 'n/a', 'N/A', 'see notes', 'no phone', 'disconnected', 'TBD'])(
    'refuses %j with the reason',
    (raw) => {
      expect(normalizeNumber(raw)).toEqual({ ok: false, error: `"${raw}" is not a phone number.` });
    },
  );

  it.each(['unknown x12', 'none ext. 4'])('refuses a word with an extension suffix, %j', (raw) => {
    expect(normalizeNumber(raw)).toEqual({ ok: false, error: `"${raw}" is not a phone number.` });
  });

  it.each(['call 555-1234', 'FLOWERS-1-800', '1-FLOWERS', '80-GOT-JUNK', 'home 716 698 3877', 'O716-698-3877'])(
    'refuses %j: its letters come before 3 digits',
    (raw) => {
      expect(normalizeNumber(raw)).toEqual({
        ok: false,
        error: `"${raw}" is not a phone number: letters stand for keypad digits only after at least 3 digits, as in 1-800-FLOWERS.`,
      });
    },
  );

  it('a string with fewer than 3 leading digits before its letters never becomes a dialable number', () => {
    const separator = fc.constantFrom('', ' ', '-', '.', '(', ')', '/');
    const leadingDigit = fc.tuple(fc.constantFrom(...'0123456789'), separator).map(([d, s]) => d + s);
    const lead = fc.tuple(fc.constantFrom('', '+', ' '), separator, fc.array(leadingDigit, { maxLength: 2 })).map(([plus, s, ds]) => plus + s + ds.join(''));
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const rest = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyzXEXT .-()/+'), maxLength: 30 });
    fc.assert(
      fc.property(lead, letter, rest, (head, first, tail) => {
        expect(normalizeNumber(head + first + tail).ok).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });
});
