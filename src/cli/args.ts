import { parseArgs } from 'node:util';
import { isHostname, isIpv4, isIpv6 } from '../shared/host-address.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { NumberPlanInput } from '../shared/number-plan.ts';
import { checkSchemeForAllowList, DEFAULT_ALLOWED_SCHEMES } from '../shared/schemes.ts';
import { parseLaunchLink, type LaunchLink } from '../shared/launcher-link.ts';

export type DialArgs = {
  readonly note2: string;
  readonly number: string;
  readonly client: string | null;
  readonly debtor: string | null;
  readonly dryRun: boolean;
  /** The link the number, client and debtor came from (--link), or null for --number. */
  readonly link: LaunchLink | null;
  readonly schemes: readonly string[];
  /** The dial plan as given; checked with the Note 2 and the number (planFromInputs). */
  readonly numberPlan: NumberPlanInput;
};

export type ListenArgs = {
  readonly host: string;
  readonly family: 4 | 6;
  readonly port: number;
  readonly count: number | null;
  readonly json: boolean;
};

/** `help` when --help/-h was given (the other options are then not checked), else the options or a usage error. */
export type Parsed<T> = Result<T | 'help', string>;

export const DEFAULT_LISTEN_HOST = '127.0.0.1';
export const DEFAULT_LISTEN_PORT = 1544;

const DIAL_OPTIONS = {
  note2: { type: 'string' },
  number: { type: 'string' },
  link: { type: 'string' },
  client: { type: 'string' },
  debtor: { type: 'string' },
  'dry-run': { type: 'boolean' },
  schemes: { type: 'string' },
  'outside-line': { type: 'string' },
  'home-country': { type: 'string' },
  'intl-prefix': { type: 'string' },
  'uri-e164': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LISTEN_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  count: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseDialArgs(argv: readonly string[]): Parsed<DialArgs> {
  const parsed = strictParse(() => parseArgs({ args: [...argv], options: DIAL_OPTIONS, strict: true, allowPositionals: false }));
  if (!parsed.ok) return parsed;
  const values = parsed.value.values;
  if (values.help) return ok('help');
  if (values.note2 === undefined) return err('--note2 is required: the operator\'s Note 2, for example UDP:/192.168.2.122:1544:452 or sip:');
  const call = callFrom(values);
  if (!call.ok) return call;
  const schemes = values.schemes === undefined ? ok(DEFAULT_ALLOWED_SCHEMES) : parseSchemeList(values.schemes);
  if (!schemes.ok) return schemes;
  return ok({
    note2: values.note2,
    ...call.value,
    dryRun: values['dry-run'] ?? false,
    schemes: schemes.value,
    numberPlan: {
      outsideLine: values['outside-line'] ?? null,
      homeCountry: values['home-country'] ?? null,
      intlPrefix: values['intl-prefix'] ?? null,
      uriForm: values['uri-e164'] ? 'e164' : 'dialer',
    },
  });
}

type Call = Pick<DialArgs, 'number' | 'client' | 'debtor' | 'link'>;

/** --number [--client --debtor], or --link read by the same parser as the app's links. */
function callFrom(values: { number?: string; link?: string; client?: string; debtor?: string }): Result<Call, string> {
  if (values.link === undefined) {
    if (values.number === undefined) return err('--number or --link is required: the phone number to dial, for example 716-698-3877');
    return ok({ number: values.number, client: values.client ?? null, debtor: values.debtor ?? null, link: null });
  }
  const extra = (['number', 'client', 'debtor'] as const).filter((name) => values[name] !== undefined);
  if (extra.length > 0) return err(`--link carries the number, client and debtor: leave out ${extra.map((name) => `--${name}`).join(', ')}`);
  const link = parseLaunchLink(values.link);
  if (!link.ok) return err(`--link refused: ${link.error.reason}`);
  return ok({ number: link.value.number, client: link.value.client, debtor: link.value.debtor, link: link.value });
}

export function parseListenArgs(argv: readonly string[]): Parsed<ListenArgs> {
  const parsed = strictParse(() => parseArgs({ args: [...argv], options: LISTEN_OPTIONS, strict: true, allowPositionals: false }));
  if (!parsed.ok) return parsed;
  const values = parsed.value.values;
  if (values.help) return ok('help');
  const host = parseListenHost(values.host ?? DEFAULT_LISTEN_HOST);
  if (!host.ok) return host;
  const port = values.port === undefined ? ok(DEFAULT_LISTEN_PORT) : parsePort(values.port);
  if (!port.ok) return port;
  const count = values.count === undefined ? ok(null) : parseCount(values.count);
  if (!count.ok) return count;
  return ok({ ...host.value, port: port.value, count: count.value, json: values.json ?? false });
}

/** parseArgs throws on unknown options and missing values; here that is a usage error, not a crash. */
function strictParse<T>(parse: () => T): Result<T, string> {
  try {
    return ok(parse());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err(/[.?!]$/.test(message) ? message : `${message}.`);
  }
}

function parseSchemeList(text: string): Result<readonly string[], string> {
  const names = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) return err('--schemes needs at least one scheme, for example --schemes sip,tel');
  const schemes: string[] = [];
  for (const name of names) {
    const scheme = checkSchemeForAllowList(name);
    if (!scheme.ok) return err(`--schemes: ${scheme.error}`);
    schemes.push(scheme.value);
  }
  return ok(schemes);
}

function parseListenHost(raw: string): Result<{ host: string; family: 4 | 6 }, string> {
  const host = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
  if (isIpv6(host)) return ok({ host, family: 6 });
  if (isIpv4(host) || isHostname(host)) return ok({ host, family: 4 });
  return err(`--host "${raw}" is not an IP address or host name, for example 127.0.0.1 or ::1`);
}

function parsePort(text: string): Result<number, string> {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) {
    return err(`--port "${text}" must be a number from 0 to 65535 (0 picks a free port)`);
  }
  return ok(Number(text));
}

function parseCount(text: string): Result<number, string> {
  if (!/^[0-9]{1,9}$/.test(text) || Number(text) < 1) return err(`--count "${text}" must be a whole number of 1 or more`);
  return ok(Number(text));
}
