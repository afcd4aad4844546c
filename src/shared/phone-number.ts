import { err, ok, type Result } from './result.ts';

/** A number ready to dial; `display` is what the operator typed, extension suffix included. */
export type DialNumber = {
  readonly digits: string;
  readonly international: boolean;
  readonly extension: string | null;
  readonly display: string;
};

export const MIN_DIGITS = 3;
export const MAX_DIGITS = 20;
/** Longest text read as a number; also keeps the extension-suffix pattern from going quadratic on huge input. */
export const MAX_NUMBER_TEXT = 80;

const KEYPAD: Readonly<Record<string, string>> = {
  a: '2', b: '2', c: '2', d: '3', e: '3', f: '3', g: '4', h: '4', i: '4', j: '5', k: '5', l: '5',
  m: '6', n: '6', o: '6', p: '7', q: '7', r: '7', s: '7', t: '8', u: '8', v: '8', w: '9', x: '9', y: '9', z: '9',
};
const SEPARATORS = /[\s\-.()/]/g;
const EXTENSION_SUFFIX = /^(.*?[0-9A-Za-z)\s])\s*(?:x|ext\.?|extension)\s*([0-9]{1,15})$/i;

/** Digits a vanity number needs before its first letter: 1-800-FLOWERS, 800-GOT-JUNK. */
export const VANITY_PREFIX_DIGITS = 3;

/**
 * Turns a stored or typed phone number into the digits a dialer gets. Never throws. Spaces, "-", ".",
 * "(", ")" and "/" go; letters become keypad digits only in a real vanity number (at least 3 digits
 * before the first letter), because collection exports are full of placeholders such as "unknown" or
 * "NULL" that the keypad rule would turn into a stranger's number; an extension suffix ("x12",
 * "ext. 12") is kept apart, because no dialer here can key it in after the call connects.
 */
export function normalizeNumber(raw: string): Result<DialNumber, string> {
  const display = typeof raw === 'string' ? raw.trim() : '';
  if (display === '') return err('Enter a phone number.');
  if (display.length > MAX_NUMBER_TEXT) {
    return err(`"${[...display].slice(0, 24).join('')}…" is not a dialable number: it is ${display.length} characters long (at most ${MAX_NUMBER_TEXT}).`);
  }
  const split = EXTENSION_SUFFIX.exec(display);
  const main = split ? (split[1] ?? '').trim() : display;
  const extension = split ? (split[2] ?? null) : null;
  const international = main.startsWith('+');
  const body = (international ? main.slice(1) : main).replace(SEPARATORS, '');
  const stray = [...body].find((c) => !/[0-9A-Za-z]/.test(c));
  if (stray !== undefined) {
    return err(`"${display}" is not a dialable number: "${stray}" is not part of a phone number.`);
  }
  const letters = lettersProblem(display, body);
  if (letters !== null) return err(letters);
  const digits = [...body].map((c) => KEYPAD[c.toLowerCase()] ?? c).join('');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
    return err(`"${display}" is not a dialable number: it has ${digits.length} digits (${MIN_DIGITS} to ${MAX_DIGITS} needed).`);
  }
  return ok({ digits, international, extension, display });
}

/** Why letters in `body` (separators gone) make it no phone number, or null when it has none or is a vanity number. */
function lettersProblem(display: string, body: string): string | null {
  const firstLetter = body.search(/[A-Za-z]/);
  if (firstLetter === -1 || firstLetter >= VANITY_PREFIX_DIGITS) return null;
  if (!/[0-9]/.test(body)) return `"${display}" is not a phone number.`;
  return (
    `"${display}" is not a phone number: letters stand for keypad digits only after at least ` +
    `${VANITY_PREFIX_DIGITS} digits, as in 1-800-FLOWERS.`
  );
}
