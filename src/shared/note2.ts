import { isHostname, isIpv4, isIpv6, looksLikeIpv4, type HostKind } from './host-address.ts';
import { err, ok, type Result } from './result.ts';
import { nonUnicastReason } from './unicast.ts';
import { COMMAND_HANDLER_WHY, DEFAULT_ALLOWED_SCHEMES, isCommandHandlerScheme, isForbiddenScheme, isSchemeSyntax } from './schemes.ts';

export type UdpTarget = {
  readonly kind: 'udp';
  readonly host: string;
  readonly hostKind: HostKind;
  readonly port: number;
  readonly extension: string;
  readonly authcode: boolean;
};

/** A protocol prefix: `template` holds `{number}` exactly once (`sip:` becomes `sip:{number}`). */
export type UriTarget = { readonly kind: 'uri'; readonly scheme: string; readonly template: string };

export type DialTarget = UdpTarget | UriTarget;

export type Note2ErrorCode =
  | 'empty'
  | 'udp-opener'
  | 'udp-host-missing'
  | 'udp-host-invalid'
  | 'udp-host-not-unicast'
  | 'udp-ipv6-unbracketed'
  | 'udp-port-missing'
  | 'udp-port-invalid'
  | 'udp-extension-missing'
  | 'udp-extension-invalid'
  | 'udp-command-unknown'
  | 'scheme-invalid'
  | 'scheme-forbidden'
  | 'scheme-not-allowed'
  | 'uri-template-invalid'
  | 'unrecognized';

export type Note2Error = { readonly code: Note2ErrorCode; readonly message: string };

export type Note2Result = Result<DialTarget, Note2Error>;

export const UDP_EXAMPLE = 'UDP:/192.168.2.122:1544:452';
export const UDP_AUTHCODE_EXAMPLE = 'UDP:/192.168.2.122:1544:452#authcode';
const SIP_TEMPLATE_EXAMPLE = 'sip:{number}@pbx.example.com';
const NUMBER_PLACEHOLDER = '{number}';

const UDP_OPENER = /^udp(?::\/|\/:)/i;
const UDP_LIKE = /^udp[:/]/i;
const PORT_DIGITS = /^[0-9]{1,5}$/;
const EXTENSION_DIGITS = /^[0-9]{1,15}$/;
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%{}]*$/;

const fail = (code: Note2ErrorCode, message: string): Note2Result => err({ code, message });

/**
 * Parses an operator's Note 2 into where a call goes. Never throws: anything it cannot read comes back
 * as an error whose message names the wrong part and shows a correct example.
 */
export function parseNote2(note2: string, allowedSchemes: readonly string[] = DEFAULT_ALLOWED_SCHEMES): Note2Result {
  const text = typeof note2 === 'string' ? note2.trim() : '';
  if (text === '') {
    return fail('empty', `Note 2 is empty. Enter a protocol prefix such as "sip:" or a UDP command such as ${UDP_EXAMPLE}.`);
  }
  if (UDP_OPENER.test(text)) return parseUdp(text.slice(5));
  if (UDP_LIKE.test(text)) {
    return fail('udp-opener', `A UDP command starts with "UDP:/" (or "UDP/:"), not "${text.slice(0, 5)}". Example: ${UDP_EXAMPLE}`);
  }
  return parseProtocolPrefix(text, allowedSchemes);
}

function parseUdp(rest: string): Note2Result {
  const hash = rest.indexOf('#');
  const body = hash === -1 ? rest : rest.slice(0, hash);
  const command = hash === -1 ? null : rest.slice(hash + 1);
  const authcode = checkCommand(command);
  if (!authcode.ok) return authcode;

  const host = splitHost(body);
  if (!host.ok) return host;
  const notOne = nonUnicastReason(host.value.host);
  if (notOne !== null) return fail('udp-host-not-unicast', `${notOne} Example: ${UDP_EXAMPLE}`);
  const port = splitPort(host.value.rest, host.value.host);
  if (!port.ok) return port;
  const extension = port.value.rest;
  if (extension === '') {
    return fail('udp-extension-missing', `The operator's extension is missing after the port. Example: ${UDP_EXAMPLE}`);
  }
  if (!EXTENSION_DIGITS.test(extension)) {
    return fail('udp-extension-invalid', `Extension "${extension}" must be 1 to 15 digits. Example: ${UDP_EXAMPLE}`);
  }
  return ok({
    kind: 'udp',
    host: host.value.host,
    hostKind: host.value.kind,
    port: port.value.port,
    extension,
    authcode: authcode.value,
  });
}

function checkCommand(command: string | null): Result<boolean, Note2Error> {
  if (command === null) return ok(false);
  if (command.toLowerCase() === 'authcode') return ok(true);
  const shown = command === '' ? '#' : `#${command}`;
  return err({
    code: 'udp-command-unknown',
    message: `Unknown command "${shown}": the only command is #authcode. Example: ${UDP_AUTHCODE_EXAMPLE}`,
  });
}

type HostPart = { host: string; kind: HostKind; rest: string };

function splitHost(body: string): Result<HostPart, Note2Error> {
  if (body.startsWith('[')) return splitBracketedHost(body);
  const colon = body.indexOf(':');
  const host = colon === -1 ? body : body.slice(0, colon);
  const rest = colon === -1 ? null : body.slice(colon + 1);
  // "::1" or "fe80::1" alone has only two colons, yet is plainly an IPv6 address missing its brackets.
  const colons = (body.match(/:/g) ?? []).length;
  if (/^[0-9a-f]{0,4}$/i.test(host) && (colons > 2 || isIpv6(body))) {
    return err({
      code: 'udp-ipv6-unbracketed',
      message: `An IPv6 address must be written in brackets, for example UDP:/[::1]:1544:452.`,
    });
  }
  if (host === '') {
    return err({ code: 'udp-host-missing', message: `The dialer's IP address is missing after "UDP:/". Example: ${UDP_EXAMPLE}` });
  }
  const kind = classifyHost(host);
  if (kind === null) {
    return err({
      code: 'udp-host-invalid',
      message: `"${host}" is not a valid IP address or host name. Example: ${UDP_EXAMPLE}`,
    });
  }
  if (rest === null) return missingPort(host);
  return ok({ host, kind, rest });
}

function splitBracketedHost(body: string): Result<HostPart, Note2Error> {
  const close = body.indexOf(']');
  const inside = close === -1 ? body.slice(1) : body.slice(1, close);
  if (close === -1 || !isIpv6(inside)) {
    return err({
      code: 'udp-host-invalid',
      message: `"${close === -1 ? body : body.slice(0, close + 1)}" is not a valid bracketed IPv6 address. Example: UDP:/[::1]:1544:452`,
    });
  }
  const after = body.slice(close + 1);
  if (!after.startsWith(':')) return missingPort(`[${inside}]`);
  return ok({ host: inside.toLowerCase(), kind: 'ipv6', rest: after.slice(1) });
}

function classifyHost(host: string): HostKind | null {
  if (looksLikeIpv4(host)) return isIpv4(host) ? 'ipv4' : null;
  return isHostname(host) ? 'hostname' : null;
}

function missingPort(host: string): Result<never, Note2Error> {
  return err({
    code: 'udp-port-missing',
    message: `The port is missing: "${host}" must be followed by a colon and the port. Example: ${UDP_EXAMPLE}`,
  });
}

function splitPort(rest: string, host: string): Result<{ port: number; rest: string }, Note2Error> {
  const sep = rest.search(/[:;]/);
  const portText = sep === -1 ? rest : rest.slice(0, sep);
  if (portText === '') return missingPort(host);
  if (!PORT_DIGITS.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    return err({
      code: 'udp-port-invalid',
      message: `Port "${portText}" must be a number from 1 to 65535. Example: ${UDP_EXAMPLE}`,
    });
  }
  if (sep === -1) {
    return err({
      code: 'udp-extension-missing',
      message: `The operator's extension is missing: the port must be followed by a colon and the extension. Example: ${UDP_EXAMPLE}`,
    });
  }
  return ok({ port: Number(portText), rest: rest.slice(sep + 1) });
}

function parseProtocolPrefix(text: string, allowedSchemes: readonly string[]): Note2Result {
  const colon = text.indexOf(':');
  if (colon === -1) {
    return fail(
      'unrecognized',
      `"${text}" is neither a protocol prefix such as "sip:" nor a UDP command such as ${UDP_EXAMPLE}.`,
    );
  }
  const scheme = text.slice(0, colon).toLowerCase();
  if (scheme === '') {
    return fail('scheme-invalid', `Note 2 starts with ":": a protocol name must come before the colon. Example: sip:`);
  }
  if (!isSchemeSyntax(scheme)) {
    return fail(
      'scheme-invalid',
      `"${text.slice(0, colon)}" is not a protocol name: it must start with a letter and hold only letters, digits, "+", "-" or ".". Example: sip:`,
    );
  }
  if (isCommandHandlerScheme(scheme)) {
    return fail('scheme-forbidden', `The "${scheme}:" protocol ${COMMAND_HANDLER_WHY} and can never be used for dialing. Use sip:, tel: or a UDP command.`);
  }
  if (isForbiddenScheme(scheme)) {
    return fail('scheme-forbidden', `The "${scheme}:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.`);
  }
  if (!allowedSchemes.some((allowed) => allowed.toLowerCase() === scheme)) {
    const list = allowedSchemes.map((s) => `${s}:`).join(', ');
    return fail('scheme-not-allowed', `The "${scheme}:" protocol is not on the allowed list (${list}). An administrator can add it.`);
  }
  return parseTemplate(scheme, text.slice(colon + 1));
}

function parseTemplate(scheme: string, after: string): Note2Result {
  if (after === '') return ok({ kind: 'uri', scheme, template: `${scheme}:${NUMBER_PLACEHOLDER}` });
  const placeholders = after.split(NUMBER_PLACEHOLDER).length - 1;
  if (placeholders !== 1) {
    return fail(
      'uri-template-invalid',
      `Text after "${scheme}:" must hold the {number} placeholder exactly once, or nothing at all. Example: ${SIP_TEMPLATE_EXAMPLE}`,
    );
  }
  if (!URI_CHARS.test(after)) {
    const bad = [...after].find((c) => !URI_CHARS.test(c)) ?? '';
    return fail(
      'uri-template-invalid',
      `${describeChar(bad)} cannot be part of a ${scheme}: address. Example: ${SIP_TEMPLATE_EXAMPLE}`,
    );
  }
  return ok({ kind: 'uri', scheme, template: `${scheme}:${after}` });
}

function describeChar(c: string): string {
  if (/\s/.test(c)) return 'A space';
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `Control character U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `"${c}"`;
}
