import { describe, expect, it } from 'vitest';
import { csvFile, emptyDatabase, expectImported, manyRows, snapshot } from './import-fixtures.ts';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import type { ImportPhase } from '../../../src/main/import/import-types.ts';
import { readHeader } from '../../../src/main/import/csv-header.ts';
import { checkCells, type ImportRow } from '../../../src/main/import/row-check.ts';
import { writeDebtors } from '../../../src/main/import/write-debtors.ts';
import { openImportConnection } from '../../../src/main/store/import-repo.ts';

/**
 * A database holding 3,000 imported debtors, and a second file that would update 2,000 of them
 * (new names, new phones) and add 3,000: a cancel must undo updates as well as inserts.
 */
async function databaseAndSecondFile() {
  const database = emptyDatabase();
  expectImported(await importDebtorsFile(database.dbPath, csvFile(database.dir, manyRows(3000, 1000), 'first.csv')));
  const second = manyRows(5000, 2000).replaceAll('212-555-', '415-555-');
  return { ...database, file: csvFile(database.dir, second, 'second.csv'), secondText: second, before: snapshot(database.dbPath) };
}

describe('importDebtorsFile: cancel', () => {
  it('does nothing when the signal is already aborted', async () => {
    const { dbPath, file, before } = await databaseAndSecondFile();
    expect(await importDebtorsFile(dbPath, file, { signal: AbortSignal.abort() })).toEqual({ status: 'cancelled', rowsRead: 0, durationMs: expect.any(Number) });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it.each<ImportPhase>(['reading', 'writing', 'indexing'])('leaves the database exactly as it was when cancelled while %s', async (phase) => {
    const { dbPath, file, before } = await databaseAndSecondFile();
    const controller = new AbortController();
    const outcome = await importDebtorsFile(dbPath, file, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === phase) controller.abort();
      },
    });
    expect(outcome.status).toBe('cancelled');
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('rolls back a write phase stopped part-way, after 2,000 of 5,000 rows', async () => {
    const { dbPath, secondText, before } = await databaseAndSecondFile();
    const [headerLine = '', ...lines] = secondText.trimEnd().split('\n');
    const header = readHeader(headerLine.split(','));
    if (!header.ok) throw new Error(header.error);
    const rows: ImportRow[] = lines.map((line, i) => {
      const row = checkCells(line.split(','), header.value, i + 2);
      if (!row.ok) throw new Error(row.error.join('; '));
      return row.value;
    });
    const controller = new AbortController();
    let writtenWhenStopped = 0;
    const progress = {
      update: (_phase: ImportPhase, state: () => { rowsWritten: number }) => {
        if (state().rowsWritten < 2000 || controller.signal.aborted) return;
        writtenWhenStopped = state().rowsWritten;
        controller.abort();
      },
    };
    const db = openImportConnection(dbPath);
    try {
      const source = {
        count: rows.length,
        *slices(size: number) {
          for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
        },
      };
      const result = await writeDebtors(db, source, { signal: controller.signal, progress, read: { rowsRead: rows.length, bytesRead: 0 } });
      expect(result).toEqual({ kind: 'cancelled' });
    } finally {
      db.close();
    }
    expect(writtenWhenStopped).toBe(2000);
    expect(snapshot(dbPath)).toEqual(before);
  });
});
