/**
 * A clock for tests that dial through the app's services with the call guard on but are not about the guard:
 * a Wednesday afternoon in every US zone (19:00 UTC is 14:00 in New York, 09:00 in Honolulu), running on from
 * when the clock is made. With the machine's own clock such a test would fail whenever it runs outside the
 * sample debtors' calling hours (before 13:00 UTC for New York).
 */
export const FLOOR_AFTERNOON = Date.parse('2026-12-02T19:00:00Z');

export function floorAfternoonClock(): () => Date {
  const started = Date.now();
  return () => new Date(FLOOR_AFTERNOON + (Date.now() - started));
}
