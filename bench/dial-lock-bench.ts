/**
 * Dials while another process holds SQLite's write lock (as `softphone import` on the app's folder
 * does): how long the main thread's event loop ever waits, how soon each datagram is on the wire, and
 * whether every dial-log row arrives once the lock is released. Not a test: it prints figures.
 *
 *   node bench/dial-lock-bench.ts [dials]
 *
 * The event-loop lag is perf_hooks' monitorEventLoopDelay over the whole run of dials (resolution 1 ms);
 * before issue 9 a row written under the lock waited out SQLite's busy timeout on this thread (5 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { openDialLogOutbox } from '../src/main/dial/dial-log-outbox.ts';
import { createDialService } from '../src/main/dial/dial-service.ts';
import { createDuplicateGuard } from '../src/main/dial/duplicate-guard.ts';
import { sendDatagram } from '../src/main/dial/udp-dialer.ts';
import { openStore } from '../src/main/store/open-store.ts';
import { percentile } from './stats.ts';

export type DialLockFigures = {
  readonly dial_under_lock_loop_lag_max_ms: number;
  readonly dial_under_lock_loop_lag_p99_ms: number;
  readonly dial_unlocked_loop_lag_max_ms: number;
  readonly dial_unlocked_loop_lag_p99_ms: number;
  readonly dial_unlocked_outcome_p99_ms: number;
  readonly dial_under_lock_wire_p50_ms: number;
  readonly dial_under_lock_wire_p99_ms: number;
  readonly dial_under_lock_outcome_p99_ms: number;
  readonly dial_under_lock_dials: number;
  readonly dial_under_lock_sent: number;
  readonly dial_under_lock_datagrams: number;
  readonly dial_under_lock_rows_during_lock: number;
  readonly dial_under_lock_rows_after_release: number;
};

type Run = { lagMaxMs: number; lagP99Ms: number; wireMs: number[]; outcomeMs: number[]; sent: number };

const WARM_UP = 10;

/** Another process that takes the write lock and keeps it until its stdin closes. */
const HOLDER = `
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('held\\n');
process.stdin.on('end', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
process.stdin.resume();`;

async function holdWriteLock(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--no-warnings', '-e', HOLDER, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  if (chunk.toString() !== 'held\n') throw new Error(`The lock holder said ${JSON.stringify(chunk.toString())}.`);
  return child;
}

function dialLogCount(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Number(db.prepare('SELECT count(*) AS n FROM dial_log').get()?.n);
  } finally {
    db.close();
  }
}

export async function measureDialsUnderLock(dials = 100): Promise<DialLockFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-lock-bench-'));
  const receiver = createSocket('udp4');
  let datagrams = 0;
  receiver.on('message', () => {
    datagrams += 1;
  });
  await new Promise<void>((resolve) => receiver.bind(0, '127.0.0.1', resolve));
  const { store } = openStore(dir, { seed: true });
  const outbox = await openDialLogOutbox({ folder: dir, append: (entry) => store.dialLog.append(entry), retryMs: 3_600_000 });
  try {
    const ben = (await store.operators.list()).find((operator) => operator.code === 'BEN');
    if (ben === undefined) throw new Error('The sample data has no operator BEN.');
    await store.operators.update(ben.id, { code: ben.code, name: ben.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${receiver.address().port}:452` });
    let wireAt = 0;
    const service = createDialService({
      store,
      sendDatagram: (plan) =>
        sendDatagram(plan, {
          onWire: () => {
            wireAt = performance.now();
          },
        }),
      openUri: () => Promise.reject(new Error('The benchmark dials UDP only.')),
      guard: createDuplicateGuard(),
      now: () => new Date(),
      logDial: outbox.record,
    });

    const run = async (count: number, first: number): Promise<Run> => {
      const lag = monitorEventLoopDelay({ resolution: 1 });
      const wireMs: number[] = [];
      const outcomeMs: number[] = [];
      let sent = 0;
      lag.enable();
      for (let i = first; i < first + count; i += 1) {
        const t0 = performance.now();
        // Distinct numbers: the 2-s duplicate guard would block a repeat.
        const outcome = await service.dialNumber(ben.id, `555${String(i).padStart(7, '0')}`);
        outcomeMs.push(performance.now() - t0);
        wireMs.push(wireAt - t0);
        if (outcome.status === 'sent') sent += 1;
      }
      lag.disable();
      return { lagMaxMs: lag.max / 1e6, lagP99Ms: lag.percentile(99) / 1e6, wireMs, outcomeMs, sent };
    };

    await run(WARM_UP, 0);
    // The same dials with no lock held, on the same machine, so the figures under the lock have a reference.
    const free = await run(dials, WARM_UP);
    const rowsBefore = dialLogCount(store.location);
    const holder = await holdWriteLock(store.location);
    const held = await run(dials, WARM_UP + dials);
    const rowsDuringLock = dialLogCount(store.location) - rowsBefore;

    holder.stdin!.end();
    await once(holder, 'exit');
    await outbox.flush();
    return {
      dial_under_lock_loop_lag_max_ms: held.lagMaxMs,
      dial_under_lock_loop_lag_p99_ms: held.lagP99Ms,
      dial_unlocked_loop_lag_max_ms: free.lagMaxMs,
      dial_unlocked_loop_lag_p99_ms: free.lagP99Ms,
      dial_under_lock_wire_p50_ms: percentile(held.wireMs, 50),
      dial_under_lock_wire_p99_ms: percentile(held.wireMs, 99),
      dial_under_lock_outcome_p99_ms: percentile(held.outcomeMs, 99),
      dial_unlocked_outcome_p99_ms: percentile(free.outcomeMs, 99),
      dial_under_lock_dials: dials,
      dial_under_lock_sent: held.sent,
      dial_under_lock_datagrams: datagrams - WARM_UP - dials,
      dial_under_lock_rows_during_lock: rowsDuringLock,
      dial_under_lock_rows_after_release: dialLogCount(store.location) - rowsBefore,
    };
  } finally {
    await outbox.close();
    await store.close();
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  console.log(await measureDialsUnderLock(Number(process.argv[2] ?? 100)));
}
