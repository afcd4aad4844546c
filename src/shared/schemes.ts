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

/**
 * Schemes the operating system hands to a program that acts on the link's text: troubleshooters and
 * settings (ms-msdt, the Follina hole; ms-settings), search windows over remote shares (search-ms),
 * Office and installers that fetch what the link names (ms-officecmd, ms-word, ms-appinstaller), help
 * viewers, shells and editors (vscode), directory and Java loaders (ldap, jar, jnlp), remote logins
 * (ssh, telnet) and app installs (itms-services). No administrator can allow them either.
 */
export const COMMAND_HANDLER_SCHEMES: readonly string[] = [
  'ms-msdt', 'search-ms', 'search', 'ms-officecmd', 'ms-settings', 'ms-appinstaller', 'ms-cxh', 'ms-cxh-full',
  'ms-word', 'ms-excel', 'ms-powerpoint', 'ms-access', 'ms-visio', 'ms-project', 'ms-publisher', 'ms-infopath',
  'ms-spd', 'ms-its', 'mk', 'its', 'hcp', 'ms-help', 'help', 'shell', 'vscode', 'vscode-insiders', 'ldap', 'ldaps',
  'jar', 'jnlp', 'jnlps', 'ssh', 'telnet', 'rlogin', 'itms-services', 'itms-apps', 'steam', 'x-apple-helpviewer',
];

/** Why a command-handler scheme is refused, after `The "ms-msdt:" scheme` (or protocol). */
export const COMMAND_HANDLER_WHY = "hands the link's text to a program of the operating system that acts on it (a known way to run commands on this computer)";

const SCHEME_SYNTAX = /^[a-z][a-z0-9+.-]*$/;

export function isCommandHandlerScheme(scheme: string): boolean {
  return COMMAND_HANDLER_SCHEMES.includes(scheme.toLowerCase());
}

export function isForbiddenScheme(scheme: string): boolean {
  return FORBIDDEN_SCHEMES.includes(scheme.toLowerCase()) || isCommandHandlerScheme(scheme);
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
  if (isCommandHandlerScheme(scheme)) return err(`The "${scheme}:" scheme ${COMMAND_HANDLER_WHY} and can never be used for dialing.`);
  if (isForbiddenScheme(scheme)) {
    return err(`The "${scheme}:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.`);
  }
  return ok(scheme);
}

export function isSchemeSyntax(scheme: string): boolean {
  return SCHEME_SYNTAX.test(scheme.toLowerCase());
}
