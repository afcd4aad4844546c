/**
 * `npm run bench`: the benchmark of issue 6. Not a test: it measures, prints a table with the targets
 * beside the figures, and writes reports/bench.json; no figure fails anything.
 *
 *   node bench/run.ts [--clicks N]        (SKIP_BUILD=1 reuses out/ as it is)
 *
 * What it runs, in this order:
 * - the build the browser harness loads (e2e/harness/build.ts), then the renderer bundle's gzip size;
 * - bench/import-bench.ts in a child process: 100,000 debtors / 300,000 phones through the import worker;
 * - bench/floor-bench.ts in a child process: the same on PostgreSQL (COPY), then search per keystroke;
 * - bench/floor-desks-bench.ts in a child process, twice: 50 desks on one PostgreSQL dialing 1,000 debtors concurrently
 *   at 0–2 s of think time (the target), then at 0–100 ms (the stress figure);
 * - bench/dial-service-bench.ts: the main-process dial path against a bare dgram send;
 * - bench/browser-bench.ts: the UI in Chromium over 100,000 imported debtors, and click-to-wire;
 * - bench/call-guard-bench.ts: loading the call guard's zone data, and one check (no target yet);
 * - bench/dial-lock-bench.ts: dials while another process holds SQLite's write lock (event-loop lag, rows).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RENDERER_DIR, ROOT } from '../e2e/harness/build.ts';
import { measureBrowser } from './browser-bench.ts';
import { rendererGzipKb } from './bundle-size.ts';

import { measureDialsUnderLock } from './dial-lock-bench.ts';
import { measureCallCheck, measureCallGuard } from './call-guard-bench.ts';
import { measureDialService } from './dial-service-bench.ts';
import { round } from './stats.ts';

type Figures = Record<string, number>;

/** Each figure the issue sets a target for, the target in words, and whether a figure meets it. */
type Target = { readonly key: string; readonly target: string; readonly met: (f: Figures) => boolean };

const TARGETS: readonly Target[] = [
  { key: 'dial_click_to_wire_p99_ms', target: '< 16 ms', met: (f) => at(f, 'dial_click_to_wire_p99_ms') < 16 },
  {
    key: 'dial_service_p50_ms',
    target: '<= 3 x raw_udp_send_p50_ms',
    met: (f) => at(f, 'dial_service_p50_ms') <= 3 * at(f, 'raw_udp_send_p50_ms'),
  },
  {
    key: 'dial_under_lock_loop_lag_max_ms',
    target: '< 16 ms (one frame)',
    met: (f) => at(f, 'dial_under_lock_loop_lag_max_ms') < 16,
  },
  {
    key: 'dial_under_lock_rows_after_release',
    target: '= dial_under_lock_dials',
    met: (f) => at(f, 'dial_under_lock_rows_after_release') === at(f, 'dial_under_lock_dials'),
  },
  { key: 'import_100k_s', target: '< 10 s', met: (f) => at(f, 'import_100k_s') < 10 },
  { key: 'import_100k_peak_rss_mb', target: '< 500 MB', met: (f) => at(f, 'import_100k_peak_rss_mb') < 500 },
  { key: 'pg_import_100k_s', target: '< 10 s', met: (f) => at(f, 'pg_import_100k_s') < 10 },
  { key: 'pg_import_100k_peak_rss_mb', target: '< 500 MB', met: (f) => at(f, 'pg_import_100k_peak_rss_mb') < 500 },
  { key: 'pg_search_100k_p95_ms', target: '< 50 ms', met: (f) => at(f, 'pg_search_100k_p95_ms') < 50 },
  { key: 'floor_desks_click_to_wire_p99_ms', target: '< 16 ms', met: (f) => at(f, 'floor_desks_click_to_wire_p99_ms') < 16 },
  { key: 'floor_desks_rows_lost', target: '= 0', met: (f) => at(f, 'floor_desks_rows_lost') === 0 },
  { key: 'floor_desks_stress_rows_lost', target: '= 0', met: (f) => at(f, 'floor_desks_stress_rows_lost') === 0 },
  { key: 'floor_notify_p95_ms', target: '< 2000 ms', met: (f) => at(f, 'floor_notify_p95_ms') < 2000 },
  { key: 'floor_outage_logged', target: '= floor_outage_queued', met: (f) => at(f, 'floor_outage_logged') === at(f, 'floor_outage_queued') },
  { key: 'list_first_paint_100k_ms', target: '< 1000 ms', met: (f) => at(f, 'list_first_paint_100k_ms') < 1000 },
  { key: 'search_keystroke_p95_ms', target: '< 50 ms', met: (f) => at(f, 'search_keystroke_p95_ms') < 50 },
  { key: 'dom_rows_100k', target: '< 200', met: (f) => at(f, 'dom_rows_100k') < 200 },
  { key: 'renderer_heap_mb_100k', target: '< 150 MB', met: (f) => at(f, 'renderer_heap_mb_100k') < 150 },
  { key: 'renderer_bundle_gzip_kb', target: '< 250 KB', met: (f) => at(f, 'renderer_bundle_gzip_kb') < 250 },
];

function at(figures: Figures, key: string): number {
  const value = figures[key];
  if (value === undefined) throw new Error(`The benchmark has no figure ${key}.`);
  return value;
}

function build(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'e2e/harness/build.ts')], { stdio: 'inherit', cwd: ROOT, env: process.env });
  if (result.status !== 0) throw new Error(`The build for the harness failed (exit ${result.status ?? result.signal}).`);
}

/** bench/import-bench.ts in its own process, so its peak RSS is the import's alone; its last line is JSON. */
function measureImport(): Figures {
  const output = execFileSync(process.execPath, [join(ROOT, 'bench/import-bench.ts'), '100000'], { cwd: ROOT, encoding: 'utf8' });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Figures;
}

/** bench/floor-bench.ts in its own process: PostgreSQL import and search at 100k; its last line is JSON. */
function measureFloor(): Figures {
  const output = execFileSync(process.execPath, [join(ROOT, 'bench/floor-bench.ts'), '100000'], { cwd: ROOT, encoding: 'utf8' });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Figures;
}

/** bench/floor-notify-bench.ts in its own process: desk A's save to desk B's floor:changed, and an outage; last line JSON. */
function measureFloorNotify(): Figures {
  const output = execFileSync(process.execPath, [join(ROOT, 'bench/floor-notify-bench.ts'), '50'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as Figures;
}

/** bench/floor-desks-bench.ts in its own process (its desks in children of their own); last line JSON. */
function measureFloorDesks(gapMs: number): Figures {
  const output = execFileSync(process.execPath, [join(ROOT, 'bench/floor-desks-bench.ts'), '--gap-ms', String(gapMs)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as Figures;
}

function step<T>(what: string, work: () => T): T {
  process.stdout.write(`bench: ${what}…\n`);
  return work();
}

function table(figures: Figures): string {
  const lines = [`${'figure'.padEnd(34)}${'measured'.padStart(12)}   ${'target'.padEnd(28)}`, '-'.repeat(84)];
  for (const [key, value] of Object.entries(figures)) {
    const target = TARGETS.find((t) => t.key === key);
    const verdict = target === undefined ? '' : target.met(figures) ? 'met' : 'MISSED';
    lines.push(`${key.padEnd(34)}${String(round(value)).padStart(12)}   ${(target?.target ?? '').padEnd(28)}${verdict}`);
  }
  return lines.join('\n');
}

const { values } = parseArgs({ options: { clicks: { type: 'string', default: '500' } } });
process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';

step('building what the browser harness loads', build);
const bundle = rendererGzipKb(RENDERER_DIR);
const imported = step('importing 100,000 debtors (bench/import-bench.ts)', measureImport);
const floor = step('importing and searching 100,000 debtors on PostgreSQL (bench/floor-bench.ts)', measureFloor);
const desks = step('50 desks on PostgreSQL dialing 1,000 debtors concurrently, 0–2 s apart (bench/floor-desks-bench.ts)', () => measureFloorDesks(2000));
const stress = step('the same 50 desks 0–100 ms apart: 500 dials a second on these cores', () => measureFloorDesks(100));
const live = step('two desks on PostgreSQL: live-floor notify latency and a server outage (bench/floor-notify-bench.ts)', measureFloorNotify);
const dial = await step('timing the dial service against a bare dgram send', () => measureDialService());
const ui = await step(`measuring the UI over 100,000 debtors and ${values.clicks} click-to-wire dials`, () =>
  measureBrowser({ clicks: Number(values.clicks) }),
);
const guard = step('timing the call guard (zone data load, one check)', () => measureCallGuard());
const locked = await step('dialing while another process holds the write lock (bench/dial-lock-bench.ts)', () => measureDialsUnderLock());
const clickCheck = await step('timing the check main makes at a click (store reads + guard)', () => measureCallCheck());

const figures: Figures = {
  dial_click_to_wire_p50_ms: ui.dial_click_to_wire_p50_ms,
  dial_click_to_wire_p99_ms: ui.dial_click_to_wire_p99_ms,
  dial_service_p50_ms: dial.dial_service_p50_ms,
  dial_service_p99_ms: dial.dial_service_p99_ms,
  dial_service_outcome_p50_ms: dial.dial_service_outcome_p50_ms,
  raw_udp_send_p50_ms: dial.raw_udp_send_p50_ms,
  raw_udp_send_open_socket_p50_ms: dial.raw_udp_send_open_socket_p50_ms,
  import_100k_s: at(imported, 'import_100k_s'),
  import_100k_peak_rss_mb: at(imported, 'import_100k_peak_rss_mb'),
  quick_check_100k_ms: at(imported, 'quick_check_100k_ms'),
  integrity_check_100k_ms: at(imported, 'integrity_check_100k_ms'),
  pg_import_100k_s: at(floor, 'pg_import_100k_s'),
  pg_import_100k_peak_rss_mb: at(floor, 'pg_import_100k_peak_rss_mb'),
  pg_search_100k_p50_ms: at(floor, 'pg_search_100k_p50_ms'),
  pg_search_100k_p95_ms: at(floor, 'pg_search_100k_p95_ms'),
  floor_desks_click_to_wire_p50_ms: at(desks, 'floor_desks_click_to_wire_p50_ms'),
  floor_desks_click_to_wire_p99_ms: at(desks, 'floor_desks_click_to_wire_p99_ms'),
  floor_desks_rows_lost: at(desks, 'floor_desks_rows_lost'),
  floor_desks_stress_click_to_wire_p50_ms: at(stress, 'floor_desks_click_to_wire_p50_ms'),
  floor_desks_stress_click_to_wire_p99_ms: at(stress, 'floor_desks_click_to_wire_p99_ms'),
  floor_desks_stress_rows_lost: at(stress, 'floor_desks_rows_lost'),
  floor_notify_p50_ms: at(live, 'floor_notify_p50_ms'),
  floor_notify_p95_ms: at(live, 'floor_notify_p95_ms'),
  floor_outage_queued: at(live, 'floor_outage_queued'),
  floor_outage_logged: at(live, 'floor_outage_logged'),
  list_first_paint_100k_ms: ui.list_first_paint_100k_ms,
  search_keystroke_p50_ms: ui.search_keystroke_p50_ms,
  search_keystroke_p95_ms: ui.search_keystroke_p95_ms,
  dom_rows_100k: ui.dom_rows_100k,
  renderer_heap_mb_100k: ui.renderer_heap_mb_100k,
  renderer_bundle_gzip_kb: bundle,
  zone_data_load_ms: at(guard, 'zone_data_load_ms'),
  call_guard_p50_ms: at(guard, 'call_guard_p50_ms'),
  call_guard_p99_ms: at(guard, 'call_guard_p99_ms'),
  ...locked,
  call_check_at_click_p50_ms: at(clickCheck, 'call_check_at_click_p50_ms'),
  call_check_at_click_p99_ms: at(clickCheck, 'call_check_at_click_p99_ms'),
};

const report = {
  ...Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value)])),
  targets: Object.fromEntries(TARGETS.map((t) => [t.key, { target: t.target, met: t.met(figures) }])),
  notes: {
    dial_service_p50_ms: 'createDialService, real store and sendDatagram: call to datagram sent; dial_service_outcome_p50_ms adds the 40 ms wait for a port-unreachable and the dial-log row.',
    raw_udp_send_p50_ms: 'dgram createSocket + send + close, timed to the send callback (the app keeps no socket between dials).',
    raw_udp_send_open_socket_p50_ms: 'socket.send on an already open socket, for reference.',
    quick_check_100k_ms: 'PRAGMA quick_check on the 100k database: run before the window opens.',
    integrity_check_100k_ms: 'PRAGMA integrity_check on the 100k database: run in a worker thread after start.',
    pg_import_100k_s: 'PostgreSQL floor database (its own server from Debian\'s package unless SOFTPHONE_TEST_DATABASE_URL): COPY into a staging table, one transaction.',
    pg_search_100k_p95_ms: 'store.debtors.search on PostgreSQL for every keystroke of the browser bench\'s searches (page of 100 and count), after VACUUM ANALYZE.',
    floor_desks_click_to_wire_p99_ms:
      '50 desks (createAppServices each: own pool, outbox, LISTEN) in 5 processes on one PostgreSQL of its own (fsync off), 1,000 dialPhone calls with the call guard, each after the window\'s badge read of the phone and 0-2 s of think time (50 dials/s floor-wide): call to the datagram at a loopback listener in another process.',
    floor_desks_stress_click_to_wire_p99_ms: 'The same with 0-100 ms of think time: 500 dials/s floor-wide on the same 2 cores as the server (no target: a stress figure).',
    floor_desks_rows_lost: 'dials made minus dial_log rows once every desk\'s outbox is flushed.',
    page_clock_offset_ms: round(ui.page_clock_offset_ms),
    dial_under_lock_loop_lag_max_ms:
      'monitorEventLoopDelay over 100 dials while a child process holds BEGIN IMMEDIATE; dial_unlocked_* are the same dials with no lock, for the machine\'s own noise.',
    dial_under_lock_rows_after_release: 'dial-log rows written from the outbox once the holder commits (dial_under_lock_rows_during_lock: while it held the lock).',
    call_guard_p50_ms: 'evaluateCall with the real zone data: a ZIP code, a two-zone area code and 60 earlier calls.',
  },
  run: { at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
};

mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\n${table(figures)}\n\nWrote reports/bench.json\n`);
