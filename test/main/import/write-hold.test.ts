import { describe, expect, it } from 'vitest';
import { importDebtorsInWorker } from '../../../src/main/import/import-in-worker.ts';
import { createWriteHold } from '../../../src/main/import/write-hold.ts';
import { csvFile, emptyDatabase, expectImported, manyRows } from './import-fixtures.ts';

describe('createWriteHold', () => {
  it('runs writes at once when nothing is held, and in order after the hold ends when it is', () => {
    const done: string[] = [];
    const hold = createWriteHold(() => {});
    hold.run(() => done.push('a'));
    hold.setHeld(true);
    hold.run(() => done.push('b'));
    hold.run(() => done.push('c'));
    expect(done).toEqual(['a']);
    hold.setHeld(false);
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('hands a held write that fails to onError and still runs the ones after it', () => {
    const errors: unknown[] = [];
    const done: string[] = [];
    const hold = createWriteHold((error) => errors.push(error));
    hold.setHeld(true);
    hold.run(() => {
      throw new Error('disk full');
    });
    hold.run(() => done.push('next'));
    hold.setHeld(false);
    expect(errors).toEqual([new Error('disk full')]);
    expect(done).toEqual(['next']);
  });

  it("keeps the app's dial-log appends off the import's lock and stores them once it is free", async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const hold = createWriteHold((error) => {
      throw error;
    });
    const appendDuring: string[] = [];
    const outcome = await importDebtorsInWorker(dbPath, csvFile(dir, manyRows(3000)), {
      onWriteLock: hold.setHeld,
      onProgress: (progress) => {
        if (!hold.held) return;
        appendDuring.push(progress.phase);
        hold.run(() => {
          store.dialLog.append({
            at: '2025-03-04T10:20:30.456Z', operatorId: null, operatorName: 'Anna', number: `during ${progress.phase}`,
            method: null, target: null, payload: null, result: 'blocked', reason: 'test',
          });
        });
      },
    });
    expectImported(outcome);
    expect(appendDuring).toContain('writing');
    expect(store.dialLog.list(100).map((e) => e.number).reverse()).toEqual(appendDuring.map((phase) => `during ${phase}`));
  });
});
