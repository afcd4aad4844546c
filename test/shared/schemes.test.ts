import { describe, expect, it } from 'vitest';
import {
  checkSchemeForAllowList,
  COMMAND_HANDLER_SCHEMES,
  DEFAULT_ALLOWED_SCHEMES,
  FORBIDDEN_SCHEMES,
  isForbiddenScheme,
  isSchemeAllowed,
  isSchemeSyntax,
} from '../../src/shared/schemes.ts';

const SYNTAX_HINT = 'it must start with a letter and hold only letters, digits, "+", "-" or ".".';

describe('scheme lists', () => {
  it('allows sip, sips, tel and callto by default', () => {
    expect(DEFAULT_ALLOWED_SCHEMES).toEqual(['sip', 'sips', 'tel', 'callto']);
  });

  it.each(['file', 'http', 'https', 'ftp', 'smb', 'javascript', 'data', 'vbscript'])('forbids %s in any case', (scheme) => {
    expect(FORBIDDEN_SCHEMES).toContain(scheme);
    expect(isForbiddenScheme(scheme.toUpperCase())).toBe(true);
  });
});

describe('checkSchemeForAllowList', () => {
  it.each([
    ['sip', 'sip'],
    [' Zoiper: ', 'zoiper'],
    ['MS-Teams', 'ms-teams'],
    ['x.vendor+dial', 'x.vendor+dial'],
  ])('accepts %j as %s', (raw, scheme) => {
    expect(checkSchemeForAllowList(raw)).toEqual({ ok: true, value: scheme });
  });

  it.each(['', '   ', ':'])('asks for a name when given %j', (raw) => {
    expect(checkSchemeForAllowList(raw)).toEqual({ ok: false, error: 'Enter a scheme name, for example "sip".' });
  });

  it.each(['1sip', 'si p', 'sip::', 'sip/', '-sip', 'zoiper:{number}'])('rejects the syntax of %j, naming it', (raw) => {
    expect(checkSchemeForAllowList(raw)).toEqual({ ok: false, error: `"${raw}" is not a scheme name: ${SYNTAX_HINT}` });
  });

  it.each(['file', 'HTTP', 'https:', 'ftp', 'smb', 'javascript', 'data', 'vbscript', 'udp'])('refuses forbidden %j', (raw) => {
    const scheme = raw.replace(/:$/, '').toLowerCase();
    expect(checkSchemeForAllowList(raw)).toEqual({
      ok: false,
      error: `The "${scheme}:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.`,
    });
  });
});

describe('OS command-handler schemes', () => {
  const WHY = "hands the link's text to a program of the operating system that acts on it (a known way to run commands on this computer)";

  it.each(['ms-msdt', 'search-ms', 'ms-officecmd', 'ms-settings', 'vscode', 'ldap', 'jar', 'ssh', 'itms-services', 'MS-MSDT:'])(
    'refuses %j for the allow-list, saying why',
    (raw) => {
      const scheme = raw.replace(/:$/, '').toLowerCase();
      expect(checkSchemeForAllowList(raw)).toEqual({ ok: false, error: `The "${scheme}:" scheme ${WHY} and can never be used for dialing.` });
      expect(isForbiddenScheme(raw.replace(/:$/, ''))).toBe(true);
    },
  );

  it('never allows one even when a stored allow-list already holds it', () => {
    expect(isSchemeAllowed('ms-msdt', ['sip', 'ms-msdt'])).toBe(false);
    expect(isSchemeAllowed('vscode', ['vscode'])).toBe(false);
  });

  it('lists only names of valid scheme syntax, none twice and none also in the other list', () => {
    expect(COMMAND_HANDLER_SCHEMES.every((s) => isSchemeSyntax(s))).toBe(true);
    expect(new Set(COMMAND_HANDLER_SCHEMES).size).toBe(COMMAND_HANDLER_SCHEMES.length);
    expect(COMMAND_HANDLER_SCHEMES.filter((s) => FORBIDDEN_SCHEMES.includes(s))).toEqual([]);
  });
});

describe('isSchemeAllowed and isSchemeSyntax', () => {
  it('allows a listed scheme in any case, never a forbidden one', () => {
    expect(isSchemeAllowed('SIP', DEFAULT_ALLOWED_SCHEMES)).toBe(true);
    expect(isSchemeAllowed('zoiper', ['Zoiper'])).toBe(true);
    expect(isSchemeAllowed('zoiper', DEFAULT_ALLOWED_SCHEMES)).toBe(false);
    expect(isSchemeAllowed('http', ['http'])).toBe(false);
    expect(isSchemeAllowed('1sip', ['1sip'])).toBe(false);
  });

  it('checks RFC 3986 scheme syntax', () => {
    expect(isSchemeSyntax('Sip')).toBe(true);
    expect(isSchemeSyntax('a1+.-')).toBe(true);
    expect(isSchemeSyntax('1a')).toBe(false);
    expect(isSchemeSyntax('')).toBe(false);
  });
});
