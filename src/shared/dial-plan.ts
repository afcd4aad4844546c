import { authcodeFor, parseAccountNumber } from './authcode.ts';
import type { HostKind } from './host-address.ts';
import { parseNote2, type DialTarget, type Note2Error, type UdpTarget, type UriTarget } from './note2.ts';
import { dialerDigits, NO_NUMBER_PLAN, parseNumberPlan, uriNumber, type NumberPlan, type NumberPlanField, type NumberPlanInput } from './number-plan.ts';
import { normalizeNumber, type DialNumber } from './phone-number.ts';
import { err, ok, type Result } from './result.ts';
import { DEFAULT_ALLOWED_SCHEMES } from './schemes.ts';

/** Client and debtor of the call; absent where the call is not a debtor's (dial pad). */
export type DialContext = { readonly client?: string | null; readonly debtor?: string | null };

export type UdpPlan = {
  readonly kind: 'udp';
  readonly host: string;
  readonly hostKind: HostKind;
  readonly port: number;
  readonly extension: string;
  readonly number: DialNumber;
  readonly authcode: string | null;
  /** ASCII, no line terminator: `extension,number` or `extension,number,authcode`. */
  readonly payload: string;
};

export type UriPlan = { readonly kind: 'uri'; readonly scheme: string; readonly uri: string; readonly number: DialNumber };

export type DialPlan = UdpPlan | UriPlan;

/** The floor's dial plan (outside line, country codes) is applied here, after normalization: one place for all. */
export function planDial(target: DialTarget, number: DialNumber, context: DialContext = {}, numberPlan: NumberPlan = NO_NUMBER_PLAN): DialPlan {
  return target.kind === 'udp' ? planUdp(target, number, context, numberPlan) : planUri(target, number, numberPlan);
}

function planUdp(target: UdpTarget, number: DialNumber, context: DialContext, numberPlan: NumberPlan): UdpPlan {
  // The spec: where client or debtor do not apply, #authcode is ignored and the payload has two fields.
  const authcode = target.authcode ? authcodeFor(context.client, context.debtor) : null;
  const fields = [target.extension, dialerDigits(number, numberPlan), ...(authcode === null ? [] : [authcode])];
  return {
    kind: 'udp',
    host: target.host,
    hostKind: target.hostKind,
    port: target.port,
    extension: target.extension,
    number,
    authcode,
    payload: fields.join(','),
  };
}

function planUri(target: UriTarget, number: DialNumber, numberPlan: NumberPlan): UriPlan {
  const dialed = uriNumber(number, target.scheme, numberPlan);
  return { kind: 'uri', scheme: target.scheme, uri: target.template.replace('{number}', dialed), number };
}

export type DialInputs = {
  readonly note2: string;
  readonly number: string;
  readonly client?: string | null;
  readonly debtor?: string | null;
  readonly allowedSchemes?: readonly string[];
  /** The dial plan as typed; absent or blank: numbers go out as the specification shows. */
  readonly numberPlan?: NumberPlanInput;
};

export type DialInputField = 'note2' | 'number' | 'client' | 'debtor' | NumberPlanField;
export type DialInputError = { readonly field: DialInputField; readonly message: string; readonly note2?: Note2Error };

/** Everything the CLI, the form preview and the dial service need, from raw text to the exact bytes. */
export function planFromInputs(inputs: DialInputs): Result<DialPlan, DialInputError> {
  const target = parseNote2(inputs.note2, inputs.allowedSchemes ?? DEFAULT_ALLOWED_SCHEMES);
  if (!target.ok) return err({ field: 'note2', message: target.error.message, note2: target.error });
  const number = normalizeNumber(inputs.number);
  if (!number.ok) return err({ field: 'number', message: number.error });
  // A client or debtor number that was given must be right whatever the target: a typo is reported, not
  // silently dropped from the authcode.
  const client = optionalAccount(inputs.client, 'Client number');
  if (!client.ok) return err({ field: 'client', message: client.error });
  const debtor = optionalAccount(inputs.debtor, 'Debtor file number');
  if (!debtor.ok) return err({ field: 'debtor', message: debtor.error });
  const numberPlan = parseNumberPlan(inputs.numberPlan ?? {});
  if (!numberPlan.ok) return err(numberPlan.error);
  return ok(planDial(target.value, number.value, { client: client.value, debtor: debtor.value }, numberPlan.value));
}

function optionalAccount(raw: string | null | undefined, label: 'Client number' | 'Debtor file number'): Result<string | null, string> {
  if (raw === null || raw === undefined) return ok(null);
  return parseAccountNumber(raw, label);
}
