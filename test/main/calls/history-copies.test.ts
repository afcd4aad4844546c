import { describe, expect, it } from 'vitest';
import { createHistoryCopies } from '../../../src/main/calls/history-copies.ts';
import type { CallHistory } from '../../../src/main/store/contract.ts';

const SINCE = '2026-11-24T19:00:00.000Z';
const LATER = '2026-11-24T19:05:00.000Z';

/** Phone `phoneId` of file `file` with `calls` calls: a stand-in for the database's answer. */
function history(file: string, calls: number): CallHistory {
  return {
    facts: {
      phoneId: 1, number: '7165550101', label: 'home', debtorId: 1, fileNumber: file, debtorName: 'D', clientNumber: 'C',
      timezone: null, state: null, zip: null, debtorDoNotCall: null, phoneDoNotCall: null,
    },
    calls: Array.from({ length: calls }, () => ({ at: SINCE, result: 'sent' as const, outcome: null, consent: false })),
  };
}

/** The "database": what a read answers now, and how many reads were made. */
function database(file: string) {
  const db = { calls: 0, reads: 0, read: async () => (db.reads += 1, history(file, db.calls)) };
  return db;
}

const calls = (h: CallHistory | null): number => h?.calls.length ?? -1;

describe('the call check\'s copies of a debtor\'s history', () => {
  it('are not kept while the desk does not hear the floor\'s notices', async () => {
    const copies = createHistoryCopies();
    const db = database('F1');
    await copies.read(1, SINCE, db.read);
    db.calls = 3;
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(3);
    expect(db.reads).toBe(2);
  });

  it('serve a listening desk until a call to the file is made, then read again', async () => {
    const copies = createHistoryCopies();
    copies.setListening(true);
    const f1 = database('F1');
    const f2 = database('F2');
    await copies.read(1, SINCE, f1.read);
    await copies.read(2, SINCE, f2.read);
    f1.calls = 1;
    f2.calls = 1;
    expect(calls(await copies.read(1, LATER, f1.read))).toBe(0);
    copies.touchFile('F1');
    expect(calls(await copies.read(1, LATER, f1.read))).toBe(1);
    // File F2 was not called: its copy still serves.
    expect(calls(await copies.read(2, LATER, f2.read))).toBe(0);
    expect([f1.reads, f2.reads]).toEqual([2, 1]);
  });

  it('all go on a debtor write, and when listening stops or starts again', async () => {
    const copies = createHistoryCopies();
    copies.setListening(true);
    const db = database('F1');
    await copies.read(1, SINCE, db.read);
    db.calls = 1;
    copies.clear();
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(1);
    db.calls = 2;
    copies.setListening(false);
    copies.setListening(true);
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(2);
  });

  it('do not keep a read that was in flight when its file was called', async () => {
    const copies = createHistoryCopies();
    copies.setListening(true);
    const db = database('F1');
    let answer!: () => void;
    const slow = () => new Promise<CallHistory>((resolve) => (answer = () => resolve(history('F1', 0))));
    const inFlight = copies.read(1, SINCE, slow);
    copies.touchFile('F1');
    db.calls = 1;
    answer();
    expect(calls(await inFlight)).toBe(0);
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(1);
  });

  it('do not cover a check reaching further back than the read did, nor one past the age limit', async () => {
    let now = 0;
    const copies = createHistoryCopies(90_000, () => now);
    copies.setListening(true);
    const db = database('F1');
    await copies.read(1, LATER, db.read);
    db.calls = 1;
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(1);
    db.calls = 2;
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(1);
    now = 90_001;
    expect(calls(await copies.read(1, SINCE, db.read))).toBe(2);
  });
});
