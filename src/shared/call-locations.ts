import { isKnownZone } from './local-time.ts';
import { toWorldNumber } from './phone-e164.ts';
import { normalizeNumber } from './phone-number.ts';

/**
 * Time-zone data handed in by the caller (main and the CLI load it from libphonenumber's time-zone map, ZIP and
 * state packages), so this module holds no tables and does no I/O.
 */
export type ZoneLookup = {
  /** IANA zones of an E.164 number's area ("+17166983877" → America/New_York); null when only the country is known. */
  readonly numberZones: (e164: string) => readonly string[] | null;
  /** IANA zone of a 5-digit US ZIP code; null when unknown. */
  readonly zipZone: (zip: string) => string | null;
  /** IANA zones of a US state or territory by its two-letter code; null when unknown. */
  readonly stateZones: (state: string) => readonly string[] | null;
};

export type DebtorAddress = {
  /** An IANA zone name from the CSV `timezone` column. */
  readonly timezone?: string | null;
  readonly state?: string | null;
  readonly zip?: string | null;
};

export type CallLocation = {
  readonly zone: string;
  /** Where the zone comes from, in words: "address time zone", "ZIP 96813", "state AZ", "area code 716". */
  readonly source: string;
  readonly kind: 'address' | 'number';
};

export type ResolvedLocations = {
  readonly locations: readonly CallLocation[];
  /** What could not be placed, in words (an unknown zone name, an area code with no zone). */
  readonly notes: readonly string[];
};

/**
 * Every location known for the call: the debtor's address (the `timezone` column, else the ZIP code, else the
 * state; the most precise one given) and the dialed number's area. A number whose area has several zones
 * brings all of them. Never throws.
 */
export function resolveLocations(address: DebtorAddress, number: string, lookup: ZoneLookup, homeCallingCode = '1'): ResolvedLocations {
  const notes: string[] = [];
  const locations = [...addressLocations(address, lookup, notes), ...numberLocations(number, lookup, homeCallingCode, notes)];
  const seen = new Set<string>();
  // One entry per zone, the address's first: the same zone from two sources is one local time.
  const unique = locations.filter((l) => (seen.has(l.zone) ? false : (seen.add(l.zone), true)));
  return { locations: unique, notes };
}

function addressLocations(address: DebtorAddress, lookup: ZoneLookup, notes: string[]): CallLocation[] {
  const timezone = text(address.timezone);
  if (timezone !== '') {
    if (isKnownZone(timezone)) return [{ zone: timezone, source: 'address time zone', kind: 'address' }];
    notes.push(`The debtor's time zone "${timezone}" is not an IANA zone name (such as America/Chicago); it was not used.`);
  }
  const zip = /^([0-9]{5})(?:-?[0-9]{4})?$/.exec(text(address.zip))?.[1];
  if (zip !== undefined) {
    const zone = safe(() => lookup.zipZone(zip));
    if (zone !== null && isKnownZone(zone)) return [{ zone, source: `ZIP ${zip}`, kind: 'address' }];
    notes.push(`ZIP ${zip} has no known time zone.`);
  } else if (text(address.zip) !== '') {
    notes.push(`"${text(address.zip)}" is not a US ZIP code; it was not used.`);
  }
  const state = text(address.state).toUpperCase();
  if (state !== '') {
    const zones = (safe(() => lookup.stateZones(state)) ?? []).filter(isKnownZone);
    if (zones.length > 0) return zones.map((zone) => ({ zone, source: `state ${state}`, kind: 'address' }));
    notes.push(`State "${state}" has no known time zone.`);
  }
  return [];
}

function numberLocations(number: string, lookup: ZoneLookup, homeCallingCode: string, notes: string[]): CallLocation[] {
  const normalized = normalizeNumber(number);
  const world = normalized.ok ? toWorldNumber(normalized.value, homeCallingCode) : null;
  if (world === null) {
    notes.push(`${number} is not a phone number whose area is known.`);
    return [];
  }
  const source = world.countryCallingCode === '1' ? `area code ${world.nationalNumber.slice(0, 3)}` : `country code +${world.countryCallingCode}`;
  const zones = (safe(() => lookup.numberZones(world.e164)) ?? []).filter(isKnownZone);
  if (zones.length === 0) notes.push(`${source[0]?.toUpperCase()}${source.slice(1)} has no known time zone.`);
  return zones.map((zone) => ({ zone, source, kind: 'number' }));
}

function text(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function safe<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
