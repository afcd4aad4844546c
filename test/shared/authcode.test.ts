import { describe, expect, it } from 'vitest';
import { authcodeFor, parseAccountNumber } from '../../src/shared/authcode.ts';

describe('authcodeFor', () => {
  it.each([
    ['1234', '12345678', '123412345678'],
    ['24', '4585', '002400004585'],
    ['123456', '1234567890', '345634567890'],
    ['123456', '4585', '345600004585'],
    ['24', '1234567890', '002434567890'],
    ['0', '0', '000000000000'],
  ])('client %s + debtor %s -> %s', (client, debtor, authcode) => {
    expect(authcodeFor(client, debtor)).toBe(authcode);
  });

  it.each([
    [null, '4585'],
    ['24', null],
    [undefined, '4585'],
    ['24', undefined],
    ['', '4585'],
    ['24', ''],
    [null, null],
  ])('has no authcode when client %j or debtor %j is absent', (client, debtor) => {
    expect(authcodeFor(client, debtor)).toBeNull();
  });
});

describe('parseAccountNumber', () => {
  it('accepts digits, trimmed', () => {
    expect(parseAccountNumber(' 0024 ', 'Client number')).toEqual({ ok: true, value: '0024' });
    expect(parseAccountNumber('1'.repeat(20), 'Debtor file number')).toEqual({ ok: true, value: '1'.repeat(20) });
  });

  it('says an empty number is empty, with its label', () => {
    expect(parseAccountNumber('  ', 'Client number')).toEqual({ ok: false, error: 'Client number is empty.' });
    expect(parseAccountNumber('', 'Debtor file number')).toEqual({ ok: false, error: 'Debtor file number is empty.' });
  });

  it.each(['12a', '-24', '4 585', '1'.repeat(21), '１２'])('rejects %j, naming it', (raw) => {
    expect(parseAccountNumber(raw, 'Debtor file number')).toEqual({
      ok: false,
      error: `Debtor file number "${raw}" must be 1 to 20 digits.`,
    });
  });
});
