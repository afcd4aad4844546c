/** The call guard's cost at click time: loading the zone data once, then one check with a realistic history. */
import { loadZoneLookup } from '../src/main/calls/zone-lookup.ts';
import type { CallRecord } from '../src/shared/call-attempts.ts';
import { evaluateCall } from '../src/shared/call-guard.ts';
import { percentile } from './stats.ts';

export function measureCallGuard(checks = 2000): Record<string, number> {
  const started = performance.now();
  const zones = loadZoneLookup();
  const loadMs = performance.now() - started;
  const now = Date.UTC(2026, 11, 2, 15);
  // Two calls a day for 30 days: 60 rows, of which the last week's are looked at.
  const history: CallRecord[] = Array.from({ length: 60 }, (_, i) => ({ at: now - i * 43_200_000, outcome: i % 9 === 0 ? 'busy' : 'no-answer', status: 'sent' }));
  const input = { now, debtor: { zip: '96813' }, phone: { number: '605-555-0123' }, history };
  const times: number[] = [];
  for (let i = 0; i < checks + 200; i += 1) {
    const t = performance.now();
    evaluateCall({ ...input, now: now + i * 60_000 }, zones);
    if (i >= 200) times.push(performance.now() - t);
  }
  return { zone_data_load_ms: loadMs, call_guard_p50_ms: percentile(times, 50), call_guard_p99_ms: percentile(times, 99) };
}
