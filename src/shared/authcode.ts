import { err, ok, type Result } from './result.ts';

const ACCOUNT_DIGITS = /^[0-9]{1,20}$/;

/** A client or debtor file number as the authcode needs it: digits only. */
export function parseAccountNumber(raw: string, label: 'Client number' | 'Debtor file number'): Result<string, string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return err(`${label} is empty.`);
  if (!ACCOUNT_DIGITS.test(text)) return err(`${label} "${text}" must be 1 to 20 digits.`);
  return ok(text);
}

/**
 * ClientNumber[4] + DebtorNumber[8]: the last 4 digits of the client number and the last 8 of the
 * debtor file number, each left-padded with zeros, always 12 digits. Where no client or no debtor
 * applies (the dial pad, a number that is not a debtor's) there is no authcode: null.
 */
export function authcodeFor(client: string | null | undefined, debtor: string | null | undefined): string | null {
  if (!client || !debtor) return null;
  return lastDigits(client, 4) + lastDigits(debtor, 8);
}

function lastDigits(value: string, width: number): string {
  return value.slice(-width).padStart(width, '0');
}
