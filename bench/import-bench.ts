/**
 * Measures the debtor import the way the app runs it: a generated CSV (COUNT debtors, three phones
 * each) imported into a fresh database through the worker, while the app's own connection is open.
 * Prints a small table and, last, one JSON line for the benchmark report.
 *
 *   node bench/import-bench.ts [COUNT]          (default 100000)
 *
 * The CSV is written by a child process, so this process's peak RSS (process.resourceUsage().maxRSS,
 * worker thread included) is the import's alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { importDebtorsInWorker } from '../src/main/import/import-in-worker.ts';
import { openStore } from '../src/main/store/open-store.ts';

const count = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('Usage: node bench/import-bench.ts [COUNT]\n');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'softphone-import-bench-'));
try {
  const csv = join(dir, 'debtors.csv');
  execFileSync(process.execPath, [fileURLToPath(new URL('./generate-debtors-csv.ts', import.meta.url)), String(count), csv], { stdio: 'ignore' });
  const { store } = openStore(dir, { seed: false });

  const started = performance.now();
  const outcome = await importDebtorsInWorker(store.path, csv);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  if (outcome.status !== 'imported') throw new Error(`The import did not succeed: ${JSON.stringify(outcome)}`);
  const phones = new DatabaseSync(store.path, { readOnly: true });
  const phoneCount = Number(phones.prepare('SELECT count(*) AS n FROM phones').get()?.n);
  phones.close();
  const debtors = store.debtors.search('', 0, 1).total;
  store.close();
  // The start-up check (quick_check, before the window) and the full one the app runs in a worker after start.
  const checkMs = (pragma: string): number => {
    const db = new DatabaseSync(store.path, { readOnly: true });
    const started = performance.now();
    db.prepare(`PRAGMA ${pragma}`).all();
    const ms = performance.now() - started;
    db.close();
    return ms;
  };
  const quickCheckMs = checkMs('quick_check');
  const integrityCheckMs = checkMs('integrity_check');

  const rows: [string, string, string][] = [
    ['debtors imported', String(debtors), `${count}`],
    ['phones imported', String(phoneCount), `${count * 3}`],
    ['import time', `${seconds.toFixed(2)} s`, count === 100_000 ? 'under 10 s' : ''],
    ['peak RSS', `${peakRssMb.toFixed(0)} MB`, count === 100_000 ? 'under 500 MB' : ''],
    ['quick_check', `${quickCheckMs.toFixed(0)} ms`, 'at start'],
    ['integrity_check', `${integrityCheckMs.toFixed(0)} ms`, 'in a worker after start'],
  ];
  for (const [what, measured, target] of rows) process.stdout.write(`${what.padEnd(18)}${measured.padStart(12)}   ${target}\n`);
  const key = count === 100_000 ? '100k' : String(count);
  process.stdout.write(`${JSON.stringify({ [`import_${key}_s`]: Number(seconds.toFixed(3)), [`import_${key}_peak_rss_mb`]: Math.round(peakRssMb), [`quick_check_${key}_ms`]: Math.round(quickCheckMs), [`integrity_check_${key}_ms`]: Math.round(integrityCheckMs) })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
