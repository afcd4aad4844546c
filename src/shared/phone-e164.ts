import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { DialNumber } from './phone-number.ts';
import { err, ok, type Result } from './result.ts';

/** A number placed in the world numbering plan by libphonenumber-js. */
export type WorldNumber = {
  /** "+17166983877" */
  readonly e164: string;
  /** "1", "44" */
  readonly countryCallingCode: string;
  /** "7166983877", "2079460018" */
  readonly nationalNumber: string;
};

/**
 * Where the number sits in the world plan: a number written with "+" stands for itself, any other is read as
 * a number of the country with calling code `homeCallingCode`. Null when libphonenumber-js does not see a
 * possible number there (an internal extension, a short code).
 */
export function toWorldNumber(number: DialNumber, homeCallingCode: string): WorldNumber | null {
  try {
    const text = number.international ? `+${number.digits}` : number.digits;
    const parsed = parsePhoneNumberFromString(text, { defaultCallingCode: homeCallingCode });
    if (parsed === undefined || !parsed.isPossible()) return null;
    return { e164: parsed.number, countryCallingCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber };
  } catch {
    return null;
  }
}

/** A country calling code ("1", "44") or a two-letter country ("US", "gb") → its calling code digits. */
export function parseCountryCallingCode(raw: string): Result<string, string> {
  const text = raw.trim().replace(/^\+/, '');
  if (/^[A-Za-z]{2}$/.test(text)) {
    const country = text.toUpperCase();
    return isSupportedCountry(country)
      ? ok(getCountryCallingCode(country))
      : err(`"${raw}" is not a country libphonenumber knows; give its calling code (1, 44 …) or two letters (US, GB …).`);
  }
  if (/^[0-9]{1,3}$/.test(text) && getCountries().some((c) => getCountryCallingCode(c) === text)) return ok(text);
  return err(`"${raw}" is not a country calling code; give one such as 1 (US, Canada) or 44 (UK), or two letters (US, GB …).`);
}
