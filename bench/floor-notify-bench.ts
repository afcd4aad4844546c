/**
 * Live-floor latency on PostgreSQL: two desks (the app's services, each with its own user-data folder) on
 * one floor database; desk A saves an operator ROUNDS times and each save is timed from the call until desk
 * B's services publish floor:changed for it (what the window then reloads). Target: within 2 s.
 * Also: an outage of the server (stopped, dials made, started again) and how long its queued rows take to
 * reach the dial log. Prints a small table and, last, one JSON line.
 *
 *   node bench/floor-notify-bench.ts [ROUNDS]     (default 50)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAppServices, type AppServices } from '../src/main/app-services.ts';
import { startPostgresServer } from '../test/support/postgres-server.ts';
import { percentile } from './stats.ts';

const rounds = Number(process.argv[2] ?? 50);
const DIALS_WHILE_DOWN = 20;
const server = await startPostgresServer();
const dirs: string[] = [];
const desks: AppServices[] = [];

async function desk(url: string, seed = false): Promise<AppServices> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'softphone-notify-bench-'));
  dirs.push(userDataDir);
  const services = await createAppServices({ userDataDir, openExternal: async () => undefined, schemeHandler: async () => null, databaseUrl: url, seed, outboxRetryMs: 100 });
  desks.push(services);
  return services;
}

try {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE notify_bench');
  await admin.end();
  const url = server.adminUrl.replace(/\/postgres$/, '/notify_bench');
  const deskA = await desk(url, true);
  const deskB = await desk(url);
  await deskB.floorListening;
  const cara = (await deskA.store.operators.list()).find((o) => o.code === 'CARA');
  if (cara === undefined) throw new Error('no CARA in the sample data');

  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const heard = new Promise<void>((resolve) => {
      const stop = deskB.events.subscribe((event, payload) => {
        if (event === 'floor:changed' && 'id' in payload && payload.id === cara.id) {
          stop();
          resolve();
        }
      });
    });
    const t0 = performance.now();
    await deskA.store.operators.update(cara.id, { code: 'CARA', name: cara.name, useSoftphone: true, note2: `UDP:/127.0.0.1:1544:${100 + round}` });
    await heard;
    latencies.push(performance.now() - t0);
  }

  // The outage: dials while the server is stopped wait in the outbox; how long until all are in the log.
  server.halt();
  for (let i = 0; i < DIALS_WHILE_DOWN; i += 1) {
    await deskA.dialLog.record({
      key: `bench-${i}`, at: new Date().toISOString(), operatorId: cara.id, operatorName: cara.name, number: `555000${String(i).padStart(4, '0')}`,
      method: 'udp', target: '127.0.0.1:9', payload: '1', result: 'sent', reason: null,
    });
  }
  const waiting = deskA.dialLog.waiting;
  const t1 = performance.now();
  server.resume();
  while (deskA.dialLog.waiting > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const drainMs = performance.now() - t1;
  const logged = (await deskA.store.dialLog.list(1000)).filter((entry) => entry.key.startsWith('bench-')).length;

  const rows: [string, string, string][] = [
    ['notify p50', `${percentile(latencies, 50).toFixed(1)} ms`, `${rounds} saves on desk A → floor:changed on desk B`],
    ['notify p95', `${percentile(latencies, 95).toFixed(1)} ms`, 'under 2000 ms'],
    ['notify max', `${Math.max(...latencies).toFixed(1)} ms`, ''],
    ['dials queued (down)', String(waiting), `${DIALS_WHILE_DOWN} made while the server was stopped`],
    ['rows logged after', String(logged), 'exactly the dials queued'],
    ['drain after restart', `${drainMs.toFixed(0)} ms`, 'server start + outbox retry (100 ms here)'],
  ];
  for (const [what, measured, note] of rows) process.stdout.write(`${what.padEnd(22)}${measured.padStart(12)}   ${note}\n`);
  process.stdout.write(
    `${JSON.stringify({
      floor_notify_p50_ms: Number(percentile(latencies, 50).toFixed(2)),
      floor_notify_p95_ms: Number(percentile(latencies, 95).toFixed(2)),
      floor_outage_queued: waiting,
      floor_outage_logged: logged,
    })}\n`,
  );
} finally {
  for (const services of desks) await services.close().catch(() => undefined);
  server.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
