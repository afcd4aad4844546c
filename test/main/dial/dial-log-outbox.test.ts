/**
 * Issue 9 item 2: the dial log is never lost and a sent dial is never reported as failed, whatever the
 * database does. Real parts only: a real SQLite file, a real full file system (a small tmpfs this test
 * mounts), a second real connection holding the write lock, real datagrams to a loopback listener.
 */
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { openDialLogOutbox, OUTBOX_FILE_NAME, type DialLogOutbox } from '../../../src/main/dial/dial-log-outbox.ts';
import { createDialService, type DialService } from '../../../src/main/dial/dial-service.ts';
import { createDuplicateGuard } from '../../../src/main/dial/duplicate-guard.ts';
import { sendDatagram } from '../../../src/main/dial/udp-dialer.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { openStore } from '../../../src/main/store/open-store.ts';
import { fixedNow, tempDir } from '../store/temp-store.ts';
import { fillDisk, mountTmpfs } from '../support/full-disk.ts';

type Desk = { store: Store; outbox: DialLogOutbox; service: DialService; operatorId: number };

let listener: UdpListener;
const closers: (() => Promise<void> | void)[] = [];
beforeEach(async () => {
  listener = await startUdpListener();
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await listener.close();
});

/** The app's dial path on `folder`: its store, its outbox and the dial service, Ben dialing the listener. */
async function openDesk(folder: string): Promise<Desk> {
  const { store } = openStore(folder, { now: fixedNow });
  // A long retry interval: the test says when to retry, so no timer decides what it sees.
  const outbox = await openDialLogOutbox({ folder, append: (entry) => store.dialLog.append(entry), retryMs: 3_600_000, onError: () => {} });
  closers.push(async () => {
    await outbox.close();
    await store.close();
  });
  const service = createDialService({
    store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow, logDial: outbox.record,
  });
  const ben = (await store.operators.list()).find((o) => o.code === 'BEN');
  if (ben === undefined) throw new Error('The sample data has no operator BEN.');
  await store.operators.update(ben.id, { code: ben.code, name: ben.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:452` });
  return { store, outbox, service, operatorId: ben.id };
}

/** What is in the dial_log table, read by a connection of the test's own. */
function storedRows(file: string): { key: string; number: string; result: string }[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare('SELECT key, number, result FROM dial_log ORDER BY id').all() as { key: string; number: string; result: string }[];
  } finally {
    db.close();
  }
}

const numbers = Array.from({ length: 40 }, (_, i) => `555-010-${String(i).padStart(4, '0')}`);

describe('the dial log on a full disk', () => {
  it('sends 40 dials while nothing can be written, then logs exactly those 40 rows once space returns', async (context) => {
    const mounted = mountTmpfs('8m');
    if ('reason' in mounted) {
      context.skip(`Skipped: ${mounted.reason}.`);
      return;
    }
    closers.push(() => mounted.unmount());
    const folder = join(mounted.dir, 'user-data');
    mkdirSync(folder);
    const desk = await openDesk(folder);
    // The write-ahead log emptied, so every new row needs new space on the disk, then none is left.
    const db = new DatabaseSync(desk.store.location);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    const filler = fillDisk(mounted.dir);

    const outcomes = [];
    for (const number of numbers) outcomes.push(await desk.service.dialNumber(desk.operatorId, number));

    expect(outcomes.map((o) => o.status)).toEqual(numbers.map(() => 'sent'));
    const wire = [];
    for (let i = 0; i < numbers.length; i += 1) wire.push((await listener.next()).text);
    expect(wire).toEqual(numbers.map((n) => `452,${n.replaceAll('-', '')}`));
    // The disk really was full: SQLite took none of the rows (SQLITE_FULL), they all wait.
    expect(storedRows(desk.store.location)).toEqual([]);
    expect(desk.outbox.waiting).toBe(40);
    // An audit row on the full disk is an error the caller sees, never a row reported stored and lost.
    const change = { at: fixedNow().toISOString(), actorId: null, actorName: 'Ada Admin', operatorId: desk.operatorId, field: 'note2', oldValue: 'a', newValue: 'b' };
    await expect(desk.store.audit.append(change)).rejects.toThrow(/full/);

    unlinkSync(filler);
    await desk.outbox.flush();

    const rows = storedRows(desk.store.location);
    expect(rows.map((r) => r.number)).toEqual(numbers);
    expect(rows.map((r) => r.result)).toEqual(numbers.map(() => 'sent'));
    expect(new Set(rows.map((r) => r.key)).size).toBe(40);
    expect(rows.map((r) => r.key)).toEqual(outcomes.map((o) => o.dialKey));
    expect(desk.outbox.waiting).toBe(0);
    // Nothing is left on disk to be written a second time at the next start.
    expect(readFileSync(join(folder, OUTBOX_FILE_NAME), 'utf8')).toBe('');
    expect((await desk.store.audit.list(10)).filter((e) => e.field === 'note2' && e.newValue === 'b')).toEqual([]);
  });
});

describe('the dial log while another connection holds the write lock', () => {
  it('reports the dial "sent" without waiting for the lock, and logs its row after the lock is released', async () => {
    const folder = tempDir();
    const desk = await openDesk(folder);
    // Another program (an import on this folder) takes SQLite's write lock and keeps it.
    const other = new DatabaseSync(desk.store.location);
    closers.push(() => {
      if (other.isOpen) other.close();
    });
    other.exec('BEGIN IMMEDIATE');

    const outcome = await desk.service.dialNumber(desk.operatorId, '555-123-7777');

    expect(outcome).toMatchObject({ status: 'sent', message: `Sent "452,5551237777" to 127.0.0.1:${listener.port}.` });
    expect((await listener.next()).text).toBe('452,5551237777');
    expect(other.prepare('SELECT count(*) AS n FROM dial_log').get()).toEqual({ n: 0 });
    expect(desk.outbox.waiting).toBe(1);
    // The row waits on disk, so a crash now would not lose it.
    expect(readFileSync(join(folder, OUTBOX_FILE_NAME), 'utf8')).toContain(`"key":"${String(outcome.dialKey)}"`);

    other.exec('COMMIT');
    await desk.outbox.flush();

    expect(storedRows(desk.store.location)).toEqual([{ key: outcome.dialKey, number: '555-123-7777', result: 'sent' }]);
    expect(desk.outbox.waiting).toBe(0);
  });

  it('keeps rows that wait when the app closes and writes them, once, at the next start', async () => {
    const folder = tempDir();
    const first = await openDesk(folder);
    const other = new DatabaseSync(first.store.location);
    other.exec('BEGIN IMMEDIATE');
    const a = await first.service.dialNumber(first.operatorId, '555-123-7777');
    const b = await first.service.dialNumber(first.operatorId, '716-698-3877');
    for (const close of closers.splice(0).reverse()) await close();
    other.exec('COMMIT');
    other.close();

    const second = await openDesk(folder);
    await second.outbox.flush();
    await second.outbox.flush();

    expect(storedRows(second.store.location)).toEqual([
      { key: a.dialKey, number: '555-123-7777', result: 'sent' },
      { key: b.dialKey, number: '716-698-3877', result: 'sent' },
    ]);
  });
});
