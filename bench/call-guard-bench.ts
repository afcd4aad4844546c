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

/**
 * The whole check main makes at a click (src/main/calls/call-check.ts): the phone's facts, the file's last 9 days
 * of dials with their outcomes, policy and plan from a real SQLite store holding 20,000 dials, then the guard.
 */
export async function measureCallCheck(checks = 1000): Promise<Record<string, number>> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openStore } = await import('../src/main/store/open-store.ts');
  const { createCallCheck } = await import('../src/main/calls/call-check.ts');
  const dir = mkdtempSync(join(tmpdir(), 'softphone-guard-bench-'));
  const { store } = openStore(dir, { seed: true });
  try {
    const debtors = (await store.debtors.search('', 0, 50)).rows;
    const now = Date.UTC(2026, 11, 2, 17);
    for (let i = 0; i < 20_000; i += 1) {
      const debtor = debtors[i % debtors.length];
      await store.dialLog.append({
        key: `bench-${i}`, at: new Date(now - i * 60_000).toISOString(), operatorId: null, operatorName: 'Bench', fileNumber: debtor?.fileNumber ?? null,
        number: '716-698-3877', method: 'udp', target: '127.0.0.1:1544', payload: '452,7166983877', result: 'sent', reason: null,
      });
    }
    const zones = loadZoneLookup();
    const check = createCallCheck({ store, zones: () => zones });
    const phoneId = debtors[0]?.phones[0]?.id ?? 1;
    const times: number[] = [];
    for (let i = 0; i < checks + 100; i += 1) {
      const t = performance.now();
      await check.forPhone(phoneId, new Date(now + i * 1000));
      if (i >= 100) times.push(performance.now() - t);
    }
    return { call_check_at_click_p50_ms: percentile(times, 50), call_check_at_click_p99_ms: percentile(times, 99) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
