import { parseAccountNumber } from './authcode.ts';
import { normalizeNumber } from './phone-number.ts';
import { err, ok, type Result } from './result.ts';

/** The app's own scheme: a host system hands over a call with its authcode context. */
export const LAUNCHER_SCHEME = 'softphone-launcher';
/** Schemes a link may arrive with: the app's own, and the ones an administrator may let it handle. */
export const LINK_SCHEMES: readonly string[] = [LAUNCHER_SCHEME, 'tel', 'callto', 'sip', 'sips'];
/** Longer is no phone link: a web page or a program is stuffing something else through the door. */
export const MAX_LINK_LENGTH = 2048;
export const MAX_NAME_LENGTH = 120;

const LAUNCHER_PARAMETERS = ['number', 'client', 'debtor', 'name'] as const;
type LauncherParameter = (typeof LAUNCHER_PARAMETERS)[number];

/** A call another program asked for: what to dial and, from the app's own links, the debtor it belongs to. */
export type LaunchLink = {
  readonly scheme: string;
  /** The number as the link gave it (decoded); the dial service normalizes it again as for any dial. */
  readonly number: string;
  readonly client: string | null;
  readonly debtor: string | null;
  /** Who the host system says is called; shown on the card, never used to dial. */
  readonly name: string | null;
};

export type LinkRefusalKind = 'oversized' | 'scheme' | 'format' | 'parameter' | 'number' | 'client' | 'debtor' | 'name';
export type LinkRefusal = { readonly kind: LinkRefusalKind; readonly reason: string };

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for.
const CONTROL = /[\u0000-\u001f\u007f]/g;

const refuse = (kind: LinkRefusalKind, reason: string) => err<LinkRefusal>({ kind, reason });

/**
 * Reads `softphone-launcher://dial?number=…&client=…&debtor=…[&name=…]`, `tel:`, `callto:`, `sip:` and
 * `sips:` links. Never throws. A link is input from any program or web page, so it is refused, with the
 * reason, unless every part is understood: the number follows the same rule as a typed one, client and
 * debtor the authcode's rule, and a parameter the app does not know is not silently ignored.
 */
export function parseLaunchLink(raw: unknown): Result<LaunchLink, LinkRefusal> {
  if (typeof raw !== 'string') return refuse('format', 'A link must be text.');
  const link = raw.trim();
  if (link.length > MAX_LINK_LENGTH) {
    return refuse('oversized', `The link is ${link.length} characters long; a phone link has at most ${MAX_LINK_LENGTH}.`);
  }
  const colon = link.indexOf(':');
  const scheme = colon > 0 ? link.slice(0, colon).toLowerCase() : '';
  if (!LINK_SCHEMES.includes(scheme)) {
    const shown = scheme === '' ? `"${excerpt(link)}" is not a link` : `"${scheme}:" links are not phone links`;
    return refuse('scheme', `${shown}: the app takes ${LINK_SCHEMES.map((s) => `${s}:`).join(', ')}.`);
  }
  const rest = link.slice(colon + 1);
  if (scheme === LAUNCHER_SCHEME) return parseLauncher(rest);
  if (scheme === 'tel') return parseTel(rest);
  if (scheme === 'callto') return numberLink('callto', stripSlashes(rest));
  return numberLink(scheme, sipUser(rest));
}

/** A short, single-line form of a link for messages and the audit trail: an oversized link is not copied whole. */
export function excerpt(link: string, length = 80): string {
  const line = link.replace(CONTROL, ' ');
  return line.length <= length ? line : `${line.slice(0, length)}…`;
}

function parseLauncher(rest: string): Result<LaunchLink, LinkRefusal> {
  const match = /^\/\/dial\/?(?:\?(.*))?$/is.exec(rest);
  if (match === null) {
    return refuse('format', `A ${LAUNCHER_SCHEME}: link reads ${LAUNCHER_SCHEME}://dial?number=…, for example ${LAUNCHER_SCHEME}://dial?number=716-698-3877&client=24&debtor=4585.`);
  }
  const values = readQuery(match[1] ?? '');
  if (!values.ok) return values;
  const { number, client, debtor, name } = values.value;
  if (number === undefined) return refuse('number', `The link has no number: add number=…, for example ${LAUNCHER_SCHEME}://dial?number=716-698-3877.`);
  if ((client === undefined) !== (debtor === undefined)) {
    const [given, missing] = client === undefined ? ['debtor', 'client'] : ['client', 'debtor'];
    return refuse(missing as 'client' | 'debtor', `The link gives ${given} but no ${missing}: the authcode needs both, so a link passes both or neither.`);
  }
  const checkedClient = client === undefined ? null : accountNumber(client, 'client', 'Client number');
  if (checkedClient !== null && !checkedClient.ok) return checkedClient;
  const checkedDebtor = debtor === undefined ? null : accountNumber(debtor, 'debtor', 'Debtor file number');
  if (checkedDebtor !== null && !checkedDebtor.ok) return checkedDebtor;
  const checkedName = name === undefined ? ok(null) : displayName(name);
  if (!checkedName.ok) return checkedName;
  const dialed = numberLink(LAUNCHER_SCHEME, number);
  if (!dialed.ok) return dialed;
  return ok({ ...dialed.value, client: checkedClient?.value ?? null, debtor: checkedDebtor?.value ?? null, name: checkedName.value });
}

function readQuery(query: string): Result<Partial<Record<LauncherParameter, string>>, LinkRefusal> {
  const values: Partial<Record<LauncherParameter, string>> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decode(equals === -1 ? pair : pair.slice(0, equals));
    const value = decode(equals === -1 ? '' : pair.slice(equals + 1));
    if (key === null || value === null) return refuse('format', `"${excerpt(pair, 40)}" is not valid percent-encoding (write a space as %20).`);
    const known = LAUNCHER_PARAMETERS.find((p) => p === key.toLowerCase());
    if (known === undefined) {
      return refuse('parameter', `The link has a parameter the app does not know, "${excerpt(key, 40)}": it takes ${LAUNCHER_PARAMETERS.join(', ')}.`);
    }
    if (values[known] !== undefined) return refuse('parameter', `The link gives ${known} twice.`);
    values[known] = value;
  }
  return ok(values);
}

function accountNumber(value: string, kind: 'client' | 'debtor', label: 'Client number' | 'Debtor file number'): Result<string, LinkRefusal> {
  const checked = parseAccountNumber(value, label);
  return checked.ok ? checked : refuse(kind, checked.error);
}

function displayName(value: string): Result<string | null, LinkRefusal> {
  const name = value.trim();
  if (name.replace(CONTROL, '') !== name) return refuse('name', 'The name holds control characters.');
  if (name.length > MAX_NAME_LENGTH) return refuse('name', `The name is ${name.length} characters long (at most ${MAX_NAME_LENGTH}).`);
  return ok(name === '' ? null : name);
}

/** RFC 3966: tel:+1-716-698-3877;ext=12;phone-context=… — the extension is kept as a typed one is. */
function parseTel(rest: string): Result<LaunchLink, LinkRefusal> {
  const [number = '', ...params] = stripSlashes(rest).split(';');
  let extension = '';
  for (const param of params) {
    const [key = '', value = ''] = param.split('=');
    const lower = key.toLowerCase();
    if (lower === 'ext' && /^[0-9]{1,15}$/.test(value)) extension = ` ext ${value}`;
    else if (lower !== 'phone-context' && lower !== 'isub') {
      return refuse('parameter', `The tel: link has a parameter the app does not know, "${excerpt(param, 40)}": it takes ext and phone-context.`);
    }
  }
  return numberLink('tel', number + extension);
}

/** sip:7166983877@pbx;user=phone?… — the user part is the number; the host is the caller's business, not ours. */
function sipUser(rest: string): string {
  const user = rest.split(/[@;?]/, 1)[0] ?? '';
  return user.split(':', 1)[0] ?? '';
}

/** callto://7166983877 and tel://… are common on web pages. */
function stripSlashes(rest: string): string {
  return rest.startsWith('//') ? rest.slice(2).replace(/\/$/, '') : rest;
}

function numberLink(scheme: string, encoded: string): Result<LaunchLink, LinkRefusal> {
  const number = decode(encoded);
  if (number === null) return refuse('format', `"${excerpt(encoded, 40)}" is not valid percent-encoding.`);
  const checked = normalizeNumber(number);
  if (!checked.ok) return refuse('number', checked.error);
  return ok({ scheme, number: checked.value.display, client: null, debtor: null, name: null });
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
