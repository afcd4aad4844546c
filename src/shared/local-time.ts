/** Wall-clock time in an IANA zone, through Intl only (no clock, no zone tables of our own). */
export type LocalTime = {
  readonly zone: string;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
  /** Days since 1970-01-01 of the local calendar date: differences are whole local days. */
  readonly dayNumber: number;
  /** "20:47" */
  readonly clock: string;
  /** "Nov 26" */
  readonly date: string;
};

// Building an Intl formatter costs far more than using one: one per zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True for a zone name Intl knows ("America/New_York"); never throws. */
export function isKnownZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The local time in `zone` at instant `at` (ms since epoch); null for an unknown zone or an invalid instant. */
export function localTimeAt(at: number, zone: string): LocalTime | null {
  if (!Number.isFinite(at) || !isKnownZone(zone)) return null;
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(at).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  if (![year, month, day, hour, minute].every(Number.isFinite)) return null;
  return {
    zone,
    minuteOfDay: hour * 60 + minute,
    dayNumber: Math.round(Date.UTC(year, month - 1, day) / 86_400_000),
    clock: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    date: dateLabel(Math.round(Date.UTC(year, month - 1, day) / 86_400_000)),
  };
}

/** "Nov 26" for a day number as in LocalTime. */
export function dateLabel(dayNumber: number): string {
  const date = new Date(dayNumber * 86_400_000);
  return `${MONTHS[date.getUTCMonth()] ?? '?'} ${date.getUTCDate()}`;
}

/** "New York" from "America/New_York", "Center" from "America/North_Dakota/Center". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** "Eastern Time", "Hawaii-Aleutian Standard Time" at instant `at`; the zone name where Intl has none. */
export function zoneGenericName(zone: string, at: number): string {
  try {
    let formatter = nameFormatters.get(zone);
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' });
      nameFormatters.set(zone, formatter);
    }
    const part = formatter
      .formatToParts(Number.isFinite(at) ? at : 0)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}
