import type { CallLocation } from './call-locations.ts';
import { WINDOW_CLOSES_MINUTE, WINDOW_OPENS_MINUTE } from './call-rules.ts';
import { localTimeAt, zoneCity, zoneGenericName } from './local-time.ts';

/** The debtor's local time at one location, with the calling-window state a badge shows. */
export type LocationTime = {
  readonly zone: string;
  /** "Honolulu" */
  readonly city: string;
  /** "Hawaii-Aleutian Standard Time" */
  readonly zoneName: string;
  /** "address time zone", "ZIP 96813", "state AZ", "area code 716" */
  readonly source: string;
  /** "20:47" */
  readonly clock: string;
  /** "Nov 26" */
  readonly date: string;
  /** Inside 08:00–21:00 local. */
  readonly open: boolean;
  /** Minutes until 21:00 while open ("closes in 20 min"), null when closed. */
  readonly minutesLeft: number | null;
  /** Minutes until 08:00 while closed, null when open. */
  readonly opensIn: number | null;
};

export function locationTimes(locations: readonly CallLocation[], now: number): LocationTime[] {
  return locations.flatMap((location) => {
    const local = localTimeAt(now, location.zone);
    if (local === null) return [];
    const m = local.minuteOfDay;
    const open = m >= WINDOW_OPENS_MINUTE && m < WINDOW_CLOSES_MINUTE;
    return [{
      zone: location.zone,
      city: zoneCity(location.zone),
      zoneName: zoneGenericName(location.zone, now),
      source: location.source,
      clock: local.clock,
      date: local.date,
      open,
      minutesLeft: open ? WINDOW_CLOSES_MINUTE - m : null,
      opensIn: open ? null : (WINDOW_OPENS_MINUTE - m + 1440) % 1440,
    }];
  });
}

/** "02:47 in New York (Eastern Time, area code 716)" */
function describe(time: LocationTime): string {
  return `${time.clock} in ${time.city} (${time.zoneName}, ${time.source})`;
}

/** Null when the call is inside the window everywhere; else one sentence naming every location. */
export function callingHoursProblem(times: readonly LocationTime[]): string | null {
  const closed = times.filter((t) => !t.open);
  if (closed.length === 0) return null;
  const fine = times.filter((t) => t.open);
  const outside = `${closed.map(describe).join(' and ')} ${closed.length === 1 ? 'is' : 'are'} outside 08:00–21:00`;
  return fine.length === 0 ? `${outside[0]?.toUpperCase()}${outside.slice(1)}` : `${fine.map(describe).join(' and ')} ${fine.length === 1 ? 'is' : 'are'} fine, but ${outside}`;
}
