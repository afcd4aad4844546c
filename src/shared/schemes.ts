import { err, ok, type Result } from './result.ts';

/** The schemes a protocol prefix may use unless an administrator adds a vendor scheme. */
export const DEFAULT_ALLOWED_SCHEMES: readonly string[] = ['sip', 'sips', 'tel', 'callto'];

/**
 * Schemes that reach files, web pages, scripts or network shares. No administrator can allow them:
 * a Note 2 that opened one of these would turn a click on a phone number into something else entirely.
 */
export const FORBIDDEN_SCHEMES: readonly string[] = [
  'file', 'http', 'https', 'ftp', 'ftps', 'sftp', 'smb', 'nfs', 'javascript', 'data', 'vbscript',
  'blob', 'about', 'ws', 'wss', 'udp',
];

const SCHEME_SYNTAX = /^[a-z][a-z0-9+.-]*$/;

export function isForbiddenScheme(scheme: string): boolean {
  return FORBIDDEN_SCHEMES.includes(scheme.toLowerCase());
}

export function isSchemeAllowed(scheme: string, allowed: readonly string[]): boolean {
  const lower = scheme.toLowerCase();
  return SCHEME_SYNTAX.test(lower) && !isForbiddenScheme(lower) && allowed.some((a) => a.toLowerCase() === lower);
}

/** Checks a scheme an administrator wants to add to the allow-list; returns it lower-cased. */
export function checkSchemeForAllowList(raw: string): Result<string, string> {
  const scheme = raw.trim().replace(/:$/, '').toLowerCase();
  if (scheme === '') return err('Enter a scheme name, for example "sip".');
  if (!SCHEME_SYNTAX.test(scheme)) {
    return err(`"${raw.trim()}" is not a scheme name: it must start with a letter and hold only letters, digits, "+", "-" or ".".`);
  }
  if (isForbiddenScheme(scheme)) {
    return err(`The "${scheme}:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.`);
  }
  return ok(scheme);
}

export function isSchemeSyntax(scheme: string): boolean {
  return SCHEME_SYNTAX.test(scheme.toLowerCase());
}
