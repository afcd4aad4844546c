import { normalizeNumber } from '../../shared/phone-number.ts';

/**
 * The digits a phone is found by: what would be dialed (letters of a vanity number as keypad digits, extension left
 * out), or, for a number that cannot be dialed, simply every digit it contains.
 */
export function phoneDigits(number: string): string {
  const normalized = normalizeNumber(number);
  return normalized.ok ? normalized.value.digits : number.replace(/\D/g, '');
}
