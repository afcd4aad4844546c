import { execFileSync } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { importDebtorsInWorker } from '../../../src/main/import/import-in-worker.ts';
import type { ImportProgress } from '../../../src/main/import/import-types.ts';
import type { NewDialLogEntry, Store } from '../../../src/main/store/contract.ts';
import { csvFile, emptyDatabase, expectImported, HEADER, manyRows, snapshot } from './import-fixtures.ts';

const DIAL: NewDialLogEntry = {
  key: 'dial-1', at: '2025-03-04T10:20:30.456Z', operatorId: null, operatorName: 'Anna Softphone', number: '716-698-3877',
  method: 'udp', target: '127.0.0.1:1544', payload: '452,7166983877', result: 'sent', reason: null,
};

/**
 * A named pipe the test writes the CSV into: the import cannot finish before the test closes it,
 * so whatever the test does in between provably happens during the import.
 */
function pipeIn(dir: string): { path: string; open(): WriteStream } {
  const path = join(dir, 'debtors.pipe');
  execFileSync('mkfifo', [path]);
  return {
    path,
    open: () => createWriteStream(path).on('error', () => {
      // The import closes its end when cancelled; the rest of the test's writing has nowhere to go.
    }),
  };
}

/** A promise and the function that resolves it: "the worker has started reading". */
function signalled(): { promise: Promise<void>; fire: () => void } {
  let fire: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

const dialNumbers = async (store: Store): Promise<string[]> => (await store.dialLog.list(100)).map((entry) => entry.number);

describe('importDebtorsInWorker', () => {
  it('imports in a worker thread; progress arrives, and the app sees the rows once it resolves', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const phases: ImportProgress['phase'][] = [];
    const outcome = await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(2500)), { onProgress: (p) => phases.push(p.phase) });

    expect(outcome).toMatchObject({ status: 'imported', inserted: 2500, updated: 0, invalid: [], total: 2500 });
    expect((await store.debtors.search('', 0, 1)).total).toBe(2500);
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('indexing');
  });

  it("keeps the app's connection working during an import: reads and dial-log appends go straight through", async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const pipe = pipeIn(dir);
    const reading = signalled();
    const importing = importDebtorsInWorker(dbPath, pipe.path, { onProgress: reading.fire });
    const out = pipe.open();
    out.write(`${HEADER}\n1,9,Acme,Anna,555-0101,,\n`);
    await reading.promise;

    const logged = (await store.dialLog.append(DIAL));
    expect(await store.dialLog.list(1)).toEqual([logged]);
    expect((await store.debtors.search('', 0, 10)).total).toBe(0);

    out.end('2,9,Acme,Ben,555-0102,,\n');
    expect(await importing).toMatchObject({ status: 'imported', inserted: 2 });
    expect(await dialNumbers(store)).toEqual(['716-698-3877']);
    expect((await store.debtors.search('', 0, 10)).total).toBe(2);
  });

  it('cancels from the app while the worker waits for more of the file: the database is as it was, the dial made meanwhile stays', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    expectImported(await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(100))));
    const before = snapshot(dbPath);
    const pipe = pipeIn(dir);
    const controller = new AbortController();
    const reading = signalled();
    const importing = importDebtorsInWorker(dbPath, pipe.path, { signal: controller.signal, onProgress: reading.fire });
    const out = pipe.open();
    out.write(`${HEADER}\n5000,9,Acme,Anna,555-0101,,\n1000,9,Acme,Renamed,555-0102,,\n`);
    await reading.promise;
    await store.dialLog.append(DIAL);

    controller.abort();
    const outcome = await importing;
    out.destroy();

    expect(outcome).toEqual({ status: 'cancelled', rowsRead: expect.any(Number), durationMs: expect.any(Number) });
    const after = snapshot(dbPath);
    expect(after.dial_log).toEqual([expect.objectContaining({ number: '716-698-3877', payload: '452,7166983877' })]);
    expect({ ...after, dial_log: [] }).toEqual({ ...before, dial_log: [] });
  });

  it('tells the app when it takes and releases the write lock, so the app can hold its writes back meanwhile', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const events: string[] = [];
    const heldBack: NewDialLogEntry[] = [];
    let lockHeld = false;
    const outcome = await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(3000)), {
      onProgress: (p) => {
        if (events.at(-1) !== p.phase) events.push(p.phase);
        if (lockHeld) heldBack.push({ ...DIAL, key: `held-${heldBack.length}`, number: `held during ${p.phase}` });
      },
      onWriteLock: (held) => {
        lockHeld = held;
        events.push(held ? 'lock taken' : 'lock released');
      },
    });
    for (const entry of heldBack.splice(0)) await store.dialLog.append(entry);

    expectImported(outcome);
    expect(events).toEqual(['reading', 'lock taken', 'writing', 'indexing', 'lock released']);
    expect(await dialNumbers(store)).toContain('held during indexing');
  });

  it("refuses an app append while the worker holds the lock at once, without waiting: the app's outbox takes the row", async () => {
    const { dir, dbPath, store } = emptyDatabase();
    let appendedDuring: Promise<string> | null = null;
    const outcome = await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(3000)), {
      onProgress: (p) => {
        if (p.phase !== 'writing' || appendedDuring !== null) return;
        appendedDuring = store.dialLog.append(DIAL).then(() => 'stored', (error: unknown) => String(error));
      },
    });

    expectImported(outcome);
    expect(await appendedDuring).toBe(`UserError: The database ${dbPath} is busy: another program (an import?) is writing to it. Try again in a moment.`);
    expect(await dialNumbers(store)).toEqual([]);
    expect((await store.debtors.search('', 0, 1)).total).toBe(3000);
  });

  it('reports a worker that dies without a result as failed', async () => {
    const { dir, dbPath } = emptyDatabase();
    const outcome = await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(1)), {
      createWorker: () => new Worker('throw new Error("out of memory, say")', { eval: true }),
    });
    expect(outcome).toEqual({ status: 'failed', reason: 'The import stopped before it reported a result: out of memory, say.' });
  });
});
