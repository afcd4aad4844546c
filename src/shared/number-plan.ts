import type { DialNumber } from './phone-number.ts';
import { parseCountryCallingCode, toWorldNumber } from './phone-e164.ts';
import { err, ok, type Result } from './result.ts';

/**
 * The floor's dial plan: what a PBX or dialer needs around a number. Every part is optional; with none set
 * (`NO_NUMBER_PLAN`) every number goes out exactly as the specification shows.
 */
export type NumberPlan = {
  /** Digits dialed first to reach an outside line ("9"); never in a tel: URI. */
  readonly outsideLine: string | null;
  /** The floor's country calling code ("1"); numbers are then read with libphonenumber-js. */
  readonly homeCountry: string | null;
  /** Digits that start an international call from the home country ("011", "00"). */
  readonly intlPrefix: string | null;
  /** sip: and other URI schemes (not tel:) take the dialer form, or E.164 ("+17166983877"). */
  readonly uriForm: 'dialer' | 'e164';
};

export const NO_NUMBER_PLAN: NumberPlan = { outsideLine: null, homeCountry: null, intlPrefix: null, uriForm: 'dialer' };

export type NumberPlanInput = {
  readonly outsideLine?: string | null;
  readonly homeCountry?: string | null;
  readonly intlPrefix?: string | null;
  readonly uriForm?: 'dialer' | 'e164' | null;
};
export type NumberPlanField = 'outsideLine' | 'homeCountry' | 'intlPrefix';
export type NumberPlanError = { readonly field: NumberPlanField; readonly message: string };

/** Checks typed plan settings; blank means not set. */
export function parseNumberPlan(input: NumberPlanInput): Result<NumberPlan, NumberPlanError> {
  const outsideLine = digitsSetting(input.outsideLine, 'Outside-line prefix', 4);
  if (!outsideLine.ok) return err({ field: 'outsideLine', message: outsideLine.error });
  const intlPrefix = digitsSetting(input.intlPrefix, 'International access code', 4);
  if (!intlPrefix.ok) return err({ field: 'intlPrefix', message: intlPrefix.error });
  const rawHome = input.homeCountry?.trim() ?? '';
  const homeCountry = rawHome === '' ? ok(null) : parseCountryCallingCode(rawHome);
  if (!homeCountry.ok) return err({ field: 'homeCountry', message: `Home country: ${homeCountry.error}` });
  if (intlPrefix.value !== null && homeCountry.value === null) {
    return err({ field: 'intlPrefix', message: 'An international access code needs a home country: without one no number can be told foreign.' });
  }
  return ok({ outsideLine: outsideLine.value, homeCountry: homeCountry.value, intlPrefix: intlPrefix.value, uriForm: input.uriForm ?? 'dialer' });
}

function digitsSetting(raw: string | null | undefined, label: string, max: number): Result<string | null, string> {
  const text = raw?.trim() ?? '';
  if (text === '') return ok(null);
  if (!new RegExp(`^[0-9]{1,${max}}$`).test(text)) return err(`${label} "${raw}" must be 1 to ${max} digits.`);
  return ok(text);
}

/**
 * The digits a dialer keys for `number` under `plan` (the UDP payload's number, and sip: in the dialer form).
 * With a home country: a domestic number as its national number, a foreign one as access code + country code
 * + national number; the outside-line prefix before either. A number libphonenumber-js cannot place (an
 * internal extension, a short code) goes out as typed, without the outside line: it is not an outside call.
 */
export function dialerDigits(number: DialNumber, plan: NumberPlan): string {
  if (plan.homeCountry === null) return (plan.outsideLine ?? '') + number.digits;
  const world = toWorldNumber(number, plan.homeCountry);
  if (world === null) return number.digits;
  const body =
    world.countryCallingCode === plan.homeCountry
      ? world.nationalNumber
      : (plan.intlPrefix ?? '') + world.countryCallingCode + world.nationalNumber;
  return (plan.outsideLine ?? '') + body;
}

/**
 * What follows the scheme in a URI. tel: is always E.164 where the number can be placed (RFC 3966 global
 * numbers), never with the outside line; other schemes take the dialer digits unless the plan picks E.164.
 * With no plan, the number exactly as today: its digits, a leading "+" kept.
 */
export function uriNumber(number: DialNumber, scheme: string, plan: NumberPlan): string {
  const asTyped = (number.international ? '+' : '') + number.digits;
  if (plan === NO_NUMBER_PLAN || isEmptyPlan(plan)) return asTyped;
  const wantsE164 = scheme === 'tel' || plan.uriForm === 'e164';
  if (!wantsE164) return dialerDigits(number, plan);
  if (plan.homeCountry === null) return asTyped;
  return toWorldNumber(number, plan.homeCountry)?.e164 ?? asTyped;
}

function isEmptyPlan(plan: NumberPlan): boolean {
  return plan.outsideLine === null && plan.homeCountry === null && plan.intlPrefix === null && plan.uriForm === 'dialer';
}
