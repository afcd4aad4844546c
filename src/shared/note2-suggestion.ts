/**
 * The likely fix for a Note 2 that does not parse, for the form to offer under the error:
 * `udp://host` → `UDP:/host:port:extension`, `192.168.2.122:1544:452` → `UDP:/192.168.2.122:1544:452`,
 * `sip` → `sip:`. Pure, and never throws; null when there is nothing better to offer.
 */
import { parseNote2 } from './note2.ts';
import { DEFAULT_ALLOWED_SCHEMES } from './schemes.ts';

const UDP_ANY_OPENER = /^udp\s*[:/;\\]+\s*/i;
const HOST_PORT_EXTENSION = /^(\[[0-9a-f:.]+\]|[^\s:;/#[\]]+):[0-9]+[:;][0-9]+(#\w*)?$/i;
const SCHEME_ALONE = /^([a-z][a-z0-9+.-]*)\s*[;/\\]*$/i;

export type UdpParts = { readonly host: string; readonly port: string; readonly extension: string; readonly authcode: boolean };

/** Note 2 for a UDP dialer, from its parts (the form's builder): `UDP:/host:port:extension[#authcode]`. */
export function buildUdpNote2({ host, port, extension, authcode }: UdpParts): string {
  const bare = host.trim();
  // An IPv6 address goes in brackets, or its colons would read as the port separator.
  const shown = bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare;
  return `UDP:/${shown}:${port.trim()}:${extension.trim()}${authcode ? '#authcode' : ''}`;
}

export function suggestNote2(note2: string, allowedSchemes: readonly string[] = DEFAULT_ALLOWED_SCHEMES): string | null {
  const text = typeof note2 === 'string' ? note2.trim() : '';
  if (text === '' || parseNote2(text, allowedSchemes).ok) return null;
  const suggestion = udpSuggestion(text) ?? schemeSuggestion(text, allowedSchemes);
  return suggestion === null || suggestion === text ? null : suggestion;
}

function udpSuggestion(text: string): string | null {
  const opener = UDP_ANY_OPENER.exec(text);
  if (opener === null && !HOST_PORT_EXTENSION.test(text)) return null;
  const body = opener === null ? text : text.slice(opener[0].length);
  const hash = body.indexOf('#');
  const main = hash === -1 ? body : body.slice(0, hash);
  const authcode = hash !== -1 && body.slice(hash + 1).trim().toLowerCase() === 'authcode';
  const { host, rest } = splitHost(main.trim());
  const [port, extension] = rest.split(/[:;,]/).filter((part) => part.trim() !== '');
  return buildUdpNote2({ host: host || 'host', port: port ?? 'port', extension: extension ?? 'extension', authcode });
}

function splitHost(main: string): { host: string; rest: string } {
  if (main.startsWith('[')) {
    const close = main.indexOf(']');
    if (close !== -1) return { host: main.slice(0, close + 1), rest: main.slice(close + 1) };
  }
  const cut = main.search(/[:;,]/);
  return cut === -1 ? { host: main, rest: '' } : { host: main.slice(0, cut), rest: main.slice(cut) };
}

function schemeSuggestion(text: string, allowedSchemes: readonly string[]): string | null {
  const alone = SCHEME_ALONE.exec(text);
  if (alone?.[1] === undefined) return null;
  const prefix = `${alone[1].toLowerCase()}:`;
  return parseNote2(prefix, allowedSchemes).ok ? prefix : null;
}
