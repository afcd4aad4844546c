/**
 * A call floor on PostgreSQL: DESKS desks (the app's services, createAppServices, each with its own user-data
 * folder, hence its own outbox, its own pool of connections and its own LISTEN connection, as a desk process
 * has) on one floor database, dialing DIALS debtor phones between them concurrently, through the real dial
 * service with the call guard (operator, phone, allowed schemes, the file's history, policy and number plan
 * each dial reads, the settings as the desk keeps them) and the real sendDatagram to a loopback listener in a process of its own.
 *
 * Click-to-wire: from the dialPhone call to the datagram's arrival at the listener (both on the epoch clock,
 * performance.timeOrigin + performance.now(), in different processes). Rows lost: dials made (every outcome
 * the log keeps) minus the rows in dial_log once every desk's outbox is flushed; must be 0.
 *
 * The desks run in PROCS child processes (DESKS / PROCS desks each), the machine's cores being far fewer
 * than a floor's computers. Each desk makes one warm-up dial first (its first check loads the zone data),
 * not timed. Every dial calls a different debtor, so Regulation F's 7-in-7 never blocks one; the desks'
 * clock is a fixed weekday afternoon in every US zone (19:00 UTC on a Wednesday), so the calling hours
 * allow every call whatever the hour the bench runs.
 *
 * Prints a small table and, last, one JSON line for the benchmark report.
 *
 * Before each dial the desk's window shows the debtor's row, so it asks for the phone's badge (calls.status), as the
 * collector sees the number before clicking it; then the desk waits a random 0–GAP ms and clicks. The default,
 * 0–2000 ms, is 50 dials a second floor-wide: a floor of 1,500 collectors dialing every 30 s. `--gap-ms 100` is
 * the stress figure: 500 dials a second on the same 2 cores as the server and every desk.
 *
 *   node bench/floor-desks-bench.ts [--desks 50] [--dials 1000] [--procs 5] [--gap-ms 2000] [--profile]
 *
 * The server is one of its own from Debian's package (test/support/postgres-server.ts: fsync off), with
 * room for every desk's connections.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAppServices, type AppServices } from '../src/main/app-services.ts';
import { openPostgresStore } from '../src/main/store/postgres/pg-store.ts';
import { startPostgresServer } from '../test/support/postgres-server.ts';
import { startStampListener } from './stamp-listener-client.ts';
import { percentile } from './stats.ts';
import { floorAfternoonClock } from '../test/support/floor-afternoon.ts';

/** What the parent hands a child: its desks (operator ids), the phones each dials, and where. */
type ChildJob = {
  readonly url: string;
  readonly desks: readonly { operatorId: number; warmUpPhone: number; phones: readonly number[] }[];
  readonly gapMs: number;
  readonly profile: boolean;
};

/** One dial as a child saw it: the click on the epoch clock and the outcome. */
type Click = { readonly at: number; readonly payload: string | null; readonly status: string; readonly outcomeMs: number; readonly timed: boolean };

type ChildReport = { readonly clicks: readonly Click[]; readonly waitingAfterFlush: number; readonly reads: Record<string, number[]> };

/**
 * With --profile: each store read a dial makes, timed from its call to its answer (pool wait included), so the
 * table says which awaits sit before the send. The dial service holds the same repository objects, so wrapping
 * their methods here times the app's own calls.
 */
function timeReads(services: AppServices, reads: Record<string, number[]>): void {
  const repos = { operators: ['get'], debtors: ['phoneContext'], dialLog: ['callHistory', 'append'], settings: ['allowedSchemes', 'callPolicy', 'numberPlan'] } as const;
  for (const [repo, methods] of Object.entries(repos)) {
    const target = services.store[repo as keyof typeof repos] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of methods) {
      const original = target[method]?.bind(target);
      if (original === undefined) continue;
      const times = (reads[`${repo}.${method}`] ??= []);
      target[method] = async (...args: unknown[]) => {
        const t0 = performance.now();
        try {
          return await original(...args);
        } finally {
          times.push(performance.now() - t0);
        }
      };
    }
  }
}


const epochNow = (): number => performance.timeOrigin + performance.now();

async function runDesk(services: AppServices, desk: ChildJob['desks'][number], gapMs: number, clicks: Click[]): Promise<void> {
  const dialOne = async (phoneId: number, timed: boolean): Promise<void> => {
    const at = epochNow();
    const outcome = await services.dialService.dialPhone(desk.operatorId, phoneId);
    clicks.push({ at, payload: outcome.payload, status: outcome.status, outcomeMs: epochNow() - at, timed });
  };
  await dialOne(desk.warmUpPhone, false);
  for (const phoneId of desk.phones) {
    // The window shows the debtor's row, and so asks for its phone's badge, before the collector clicks.
    await services.calls.status([phoneId], services.now());
    // An operator's think time: dials from 50 desks then interleave rather than march in step.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * gapMs));
    await dialOne(phoneId, true);
  }
}

/** In a child: opens its desks, waits for 'go', dials, flushes each outbox and reports. */
async function child(job: ChildJob): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('The child is started with fork().');
  const now = floorAfternoonClock();
  const dirs: string[] = [];
  const desks: AppServices[] = [];
  try {
    for (let i = 0; i < job.desks.length; i += 1) {
      const userDataDir = mkdtempSync(join(tmpdir(), 'softphone-desks-bench-'));
      dirs.push(userDataDir);
      desks.push(await createAppServices({ userDataDir, openExternal: async () => undefined, schemeHandler: async () => null, databaseUrl: job.url, now }));
    }
    await Promise.all(desks.map((desk) => desk.floorListening));
    const reads: Record<string, number[]> = {};
    if (job.profile) for (const desk of desks) timeReads(desk, reads);
    await new Promise<void>((resolve) => {
      process.once('message', () => resolve());
      send({ ready: true });
    });
    const clicks: Click[] = [];
    await Promise.all(desks.map((services, i) => runDesk(services, job.desks[i] as ChildJob['desks'][number], job.gapMs, clicks)));
    for (const desk of desks) {
      for (let tries = 0; desk.dialLog.waiting > 0 && tries < 100; tries += 1) {
        await desk.dialLog.flush();
        if (desk.dialLog.waiting > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const report: ChildReport = { clicks, waitingAfterFlush: desks.reduce((sum, desk) => sum + desk.dialLog.waiting, 0), reads };
    await new Promise<void>((resolve) => send(report, () => resolve()));
  } finally {
    for (const desk of desks) await desk.close().catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(job: ChildJob): { ready: Promise<void>; go: () => void; report: Promise<ChildReport> } {
  const worker = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(job)], { stdio: 'inherit' });
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const report = new Promise<ChildReport>((resolve, reject) => {
    worker.on('message', (message: { ready?: boolean } | ChildReport) => {
      if ('ready' in message) ready();
      else resolve(message as ChildReport);
    });
    worker.once('exit', (code) => reject(new Error(`A desks process exited (${code}) before it reported.`)));
  });
  return { ready: readyPromise, go: () => worker.send({ go: true }), report };
}

/** The floor: a database with the sample data, DIALS + DESKS debtors and one operator per desk dialing the listener. */
async function prepareFloor(url: string, desks: number, dials: number, port: number, dir: string): Promise<ChildJob['desks']> {
  const csv = join(dir, 'debtors.csv');
  execFileSync(process.execPath, [fileURLToPath(new URL('./generate-debtors-csv.ts', import.meta.url)), String(dials + desks), csv], { stdio: 'ignore' });
  const store = await openPostgresStore({ url }, { seed: true });
  try {
    const outcome = await store.importDebtors(csv);
    if (outcome.status !== 'imported') throw new Error(`The floor's debtors were not imported: ${JSON.stringify(outcome)}`);
    // One phone of each debtor (the first), so no two dials reach the same file.
    const phones = (await store.pool.query('SELECT min(id) AS id FROM phones GROUP BY debtor_id ORDER BY 1')).rows.map((row) => Number(row.id));
    if (phones.length < dials + desks) throw new Error(`The floor has ${phones.length} debtors' phones, not ${dials + desks}.`);
    const jobs: { operatorId: number; warmUpPhone: number; phones: number[] }[] = [];
    for (let i = 0; i < desks; i += 1) {
      const code = `DESK${String(i + 1).padStart(2, '0')}`;
      const operator = await store.operators.create({ code, name: `Desk ${i + 1}`, useSoftphone: true, note2: `UDP:/127.0.0.1:${port}:${100 + i}#authcode` });
      jobs.push({ operatorId: operator.id, warmUpPhone: phones[dials + i] as number, phones: [] });
    }
    // Dial i goes to desk i mod DESKS: every desk dials about as often.
    for (let i = 0; i < dials; i += 1) jobs[i % desks]?.phones.push(phones[i] as number);
    return jobs;
  } finally {
    await store.close();
  }
}

async function parent(): Promise<void> {
  const { values } = parseArgs({
    options: { desks: { type: 'string', default: '50' }, dials: { type: 'string', default: '1000' }, procs: { type: 'string', default: '5' }, 'gap-ms': { type: 'string', default: '2000' }, profile: { type: 'boolean', default: false } },
  });
  const desks = Number(values.desks);
  const dials = Number(values.dials);
  const procs = Math.min(Number(values.procs), desks);
  const gapMs = Number(values['gap-ms']);
  // Each desk: a pool of up to 4 connections and one LISTEN connection.
  const server = await startPostgresServer({ extraConfig: [`max_connections = ${desks * 5 + 20}`] });
  const listener = await startStampListener();
  const dir = mkdtempSync(join(tmpdir(), 'softphone-desks-bench-'));
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE desks_bench');
    await admin.end();
    const url = server.adminUrl.replace(/\/postgres$/, '/desks_bench');
    const jobs = await prepareFloor(url, desks, dials, listener.port, dir);

    const children = Array.from({ length: procs }, (_, p) => runChild({ url, desks: jobs.filter((_, i) => i % procs === p), gapMs, profile: values.profile }));
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.go();
    const reports = await Promise.all(children.map((c) => c.report));
    const clicks = reports.flatMap((r) => r.clicks);
    const sent = clicks.filter((c) => c.status === 'sent');
    const arrivals = new Map<string, number>();
    for (let i = 0; i < sent.length; i += 1) {
      const datagram = await listener.next(10_000);
      arrivals.set(datagram.text, datagram.at);
    }
    const wire: number[] = [];
    for (const click of sent.filter((c) => c.timed)) {
      const arrived = click.payload === null ? undefined : arrivals.get(click.payload);
      if (arrived === undefined) throw new Error(`No datagram arrived for the dial ${click.payload ?? '(no payload)'}.`);
      wire.push(arrived - click.at);
    }
    const outcomeMs = clicks.filter((c) => c.timed).map((c) => c.outcomeMs);
    // What the log keeps: every dial but a repeated click and a warned call still waiting for its reason.
    const made = clicks.filter((c) => c.status !== 'duplicate' && c.status !== 'confirm').length;
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const rows = Number((await check.query('SELECT count(*) AS n FROM dial_log')).rows[0]?.n);
    await check.end();
    const byStatus = new Map<string, number>();
    for (const click of clicks) byStatus.set(click.status, (byStatus.get(click.status) ?? 0) + 1);
    const statuses = [...byStatus].map(([status, n]) => `${status} ${n}`).join(', ');

    const table: [string, string, string][] = [
      ['desks', String(desks), `${procs} processes, think time 0–${gapMs} ms between a desk's dials`],
      ['dials timed', String(wire.length), `of ${dials} (+${desks} warm-up): ${statuses}`],
      ['click-to-wire p50', `${percentile(wire, 50).toFixed(2)} ms`, 'dialPhone call → datagram at the listener'],
      ['click-to-wire p99', `${percentile(wire, 99).toFixed(2)} ms`, 'under 16 ms'],
      ['click-to-wire max', `${Math.max(...wire).toFixed(2)} ms`, ''],
      ['click-to-outcome p99', `${percentile(outcomeMs, 99).toFixed(2)} ms`, 'includes the wait for a port-unreachable and the log row'],
      ['dial-log rows', String(rows), `${made} dials made`],
      ['rows lost', String(made - rows), 'must be 0'],
      ['outbox after flush', String(reports.reduce((sum, r) => sum + r.waitingAfterFlush, 0)), 'rows still waiting'],
    ];
    for (const [what, measured, note] of table) process.stdout.write(`${what.padEnd(22)}${measured.padStart(12)}   ${note}\n`);
    if (values.profile) {
      const reads = new Map<string, number[]>();
      for (const report of reports) for (const [name, times] of Object.entries(report.reads)) reads.set(name, [...(reads.get(name) ?? []), ...times]);
      for (const [name, times] of reads) {
        process.stdout.write(`read ${name.padEnd(28)} n ${String(times.length).padStart(5)}   p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(7)} ms\n`);
      }
    }
    process.stdout.write(
      `${JSON.stringify({
        floor_desks: desks,
        floor_desks_dials: wire.length,
        floor_desks_click_to_wire_p50_ms: Number(percentile(wire, 50).toFixed(2)),
        floor_desks_click_to_wire_p99_ms: Number(percentile(wire, 99).toFixed(2)),
        floor_desks_rows_lost: made - rows,
      })}\n`,
    );
  } finally {
    listener.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(JSON.parse(process.argv[3] ?? '{}') as ChildJob);
else await parent();
