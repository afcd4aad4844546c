import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../../src/main/import/import-debtors.ts';
import type { ImportOutcome } from '../../../../src/main/import/import-types.ts';
import { csvFile, emptyDatabase, HEADER, manyRows } from '../../import/import-fixtures.ts';
import { csvIn, freshPgStore } from './pg-test-store.ts';

const FIRST = [
  HEADER,
  '1,9,Acme Collections,Anna Smithers,212-555-0101,212-555-0102,',
  '2,9,Acme Collections,Sam Smith,312-555-0201,,',
  '3,10,Beta Bank,Joan Ramirez,415-555-0301,,',
  '4,11,,No Client Name,415-555-0302,,',
  'x5,9,,Bad File,415-555-0303,,',
  '6,9,,"Tab\tand ""quotes"" \\ back",212-555-0199,,',
  '2,9,,Twice,212-555-0100,,',
].join('\n');

const SECOND = [
  `${HEADER},notes`,
  '1,9,,Anna Smithers,212-555-0101,212-555-0102,,kept',
  '2,10,Beta Bank Ltd,Samuel Okafor,,,919-555-0299,',
  '4,9,,Lena Fairbanks,617-555-0401,,,',
  '7,12,Gamma,Zoë Lefèvre,702-555-0111,,,',
].join('\n');

/** An outcome without its timing, which differs run to run. */
function comparable(outcome: ImportOutcome): unknown {
  return 'durationMs' in outcome ? { ...outcome, durationMs: 0 } : outcome;
}

describe('importDebtors on PostgreSQL', () => {
  it('reports and stores what the SQLite import does, file after file', async () => {
    const store = await freshPgStore({ seed: false });
    const sqlite = emptyDatabase();
    for (const [name, text] of [['first.csv', FIRST], ['second.csv', SECOND], ['again.csv', SECOND]] as const) {
      const expected = await importDebtorsFile(sqlite.dbPath, csvFile(sqlite.dir, text, name));
      const outcome = await store.importDebtors(csvIn(text, name));
      expect(comparable(outcome), name).toEqual(comparable(expected));
      expect(await store.debtors.search('', 0, 100)).toEqual(await sqlite.store.debtors.search('', 0, 100));
      for (const query of ['smith', 'okaf', '312-555-0201', '555-0299', '617-555', '0102', 'beta bank ltd', 'zoe', 'quotes']) {
        expect(await store.debtors.search(query, 0, 100), `${name}: ${query}`).toEqual(await sqlite.store.debtors.search(query, 0, 100));
      }
    }
  });

  it('refuses a file without the needed columns and leaves the database as it was', async () => {
    const store = await freshPgStore();
    const before = await store.debtors.search('', 0, 500);
    const outcome = await store.importDebtors(csvIn('file_number,debtor_name\n1,Anna\n'));
    expect(outcome.status).toBe('refused');
    expect(await store.debtors.search('', 0, 500)).toEqual(before);
  });

  it('rolls everything back when cancelled, and imports the same file in full afterwards', async () => {
    const store = await freshPgStore({ seed: false });
    const file = csvIn(manyRows(5000));
    const controller = new AbortController();
    const outcome = await store.importDebtors(file, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'writing') controller.abort();
      },
    });
    expect(outcome.status).toBe('cancelled');
    expect((await store.debtors.search('', 0, 1)).total).toBe(0);
    const cancelledEarly = new AbortController();
    const early = store.importDebtors(file, { signal: cancelledEarly.signal, onProgress: () => cancelledEarly.abort() });
    expect((await early).status).toBe('cancelled');
    expect(await store.importDebtors(file)).toMatchObject({ status: 'imported', inserted: 5000, updated: 0 });
    expect((await store.debtors.search('', 0, 1)).total).toBe(5000);
  });

  it('fails with the reason, writing nothing, when the file cannot be read', async () => {
    const store = await freshPgStore();
    expect(await store.importDebtors('/nonexistent/debtors.csv')).toEqual({ status: 'failed', reason: 'There is no file at /nonexistent/debtors.csv.' });
  });
});
