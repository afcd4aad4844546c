/**
 * Floor figures on PostgreSQL: a generated CSV of COUNT debtors (three phones each) imported into a
 * fresh floor database through COPY, then the debtor search run for every keystroke of the browser
 * bench's searches (SEARCHES), each timed from the call to the page with its count.
 * Prints a small table and, last, one JSON line for the benchmark report.
 *
 *   node bench/floor-bench.ts [COUNT]          (default 100000)
 *
 * The server: SOFTPHONE_TEST_DATABASE_URL's, or one started from Debian's postgresql package in a temp
 * folder (test/support/postgres-server.ts), stopped at the end. Peak RSS is this process's (the app's
 * side of the import); the server's own memory is not in it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgresStore } from '../src/main/store/postgres/pg-store.ts';
import { testPostgresServer } from '../test/support/postgres-server.ts';
import { SEARCHES } from './browser-bench.ts';
import { percentile } from './stats.ts';

const count = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('Usage: node bench/floor-bench.ts [COUNT]\n');
  process.exit(2);
}

const PAGE = 100;
const server = await testPostgresServer();
const dir = mkdtempSync(join(tmpdir(), 'softphone-floor-bench-'));
const database = `softphone_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: server.adminUrl });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${database}`;
  const csv = join(dir, 'debtors.csv');
  execFileSync(process.execPath, [fileURLToPath(new URL('./generate-debtors-csv.ts', import.meta.url)), String(count), csv], { stdio: 'ignore' });
  const store = await openPostgresStore({ url: url.href });

  const started = performance.now();
  const outcome = await store.importDebtors(csv);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (outcome.status !== 'imported') throw new Error(`The import did not succeed: ${JSON.stringify(outcome)}`);
  const phones = Number((await store.pool.query('SELECT count(*) AS n FROM phones')).rows[0]?.n);
  const debtors = (await store.debtors.search('', 0, 1)).total;

  // As a floor runs: autovacuum has analyzed the new rows and merged the GIN indexes' pending lists.
  await store.pool.query('VACUUM ANALYZE');
  const keystrokes: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const text of SEARCHES) {
      for (let end = 1; end <= text.length; end += 1) {
        const query = text.slice(0, end);
        const t0 = performance.now();
        await store.debtors.search(query, 0, PAGE);
        if (round > 0) keystrokes.push(performance.now() - t0);
      }
    }
  }
  await store.close();
  const p50 = percentile(keystrokes, 50);
  const p95 = percentile(keystrokes, 95);

  const rows: [string, string, string][] = [
    ['debtors imported', String(debtors), `${count}`],
    ['phones imported', String(phones), `${count * 3}`],
    ['import time (COPY)', `${seconds.toFixed(2)} s`, count === 100_000 ? 'under 10 s' : ''],
    ['peak RSS (app side)', `${peakRssMb.toFixed(0)} MB`, count === 100_000 ? 'under 500 MB' : ''],
    ['search p50', `${p50.toFixed(1)} ms`, `${keystrokes.length} keystrokes, page of ${PAGE}`],
    ['search p95', `${p95.toFixed(1)} ms`, 'under 50 ms'],
  ];
  for (const [what, measured, target] of rows) process.stdout.write(`${what.padEnd(22)}${measured.padStart(12)}   ${target}\n`);
  const key = count === 100_000 ? '100k' : String(count);
  process.stdout.write(
    `${JSON.stringify({
      [`pg_import_${key}_s`]: Number(seconds.toFixed(3)),
      [`pg_import_${key}_peak_rss_mb`]: Math.round(peakRssMb),
      [`pg_search_${key}_p50_ms`]: Number(p50.toFixed(2)),
      [`pg_search_${key}_p95_ms`]: Number(p95.toFixed(2)),
    })}\n`,
  );
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
