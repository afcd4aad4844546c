import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import { createProgressReporter } from '../../../src/main/import/import-progress.ts';
import type { ImportProgress } from '../../../src/main/import/import-types.ts';
import { csvFile, emptyDatabase, manyRows } from './import-fixtures.ts';

describe('createProgressReporter', () => {
  it('reports a phase change at once and otherwise at most every 100 ms', () => {
    let now = 0;
    const seen: string[] = [];
    const reporter = createProgressReporter((p) => seen.push(`${p.phase} ${p.rowsRead}`), 500, () => now);
    const state = (rowsRead: number) => () => ({ rowsRead, bytesRead: 0, rowsWritten: 0, rowsToWrite: 0 });
    reporter.update('reading', state(0));
    now = 99;
    reporter.update('reading', state(1));
    now = 100;
    reporter.update('reading', state(2));
    now = 120;
    reporter.update('writing', state(3));
    reporter.update('writing', state(4));
    reporter.update('indexing', state(5));
    expect(seen).toEqual(['reading 0', 'reading 2', 'writing 3', 'indexing 5']);
  });
});

describe('importDebtorsFile: progress', () => {
  it('reports reading (rows, bytes of the file size), then writing and indexing with the rows to write', async () => {
    const { dir, dbPath } = emptyDatabase();
    const text = manyRows(3000) + '1,9,,no client name,555-0100,,\n';
    const file = csvFile(dir, text);
    const size = Buffer.byteLength(text);
    const reports: ImportProgress[] = [];
    await importDebtorsFile(dbPath, file, { onProgress: (p) => reports.push(p) });

    const phases = reports.map((p) => p.phase);
    expect(phases.filter((p, i) => p !== phases[i - 1])).toEqual(['reading', 'writing', 'indexing']);
    expect(reports.every((p) => p.totalBytes === size)).toBe(true);
    const reading = reports.filter((p) => p.phase === 'reading');
    expect(reading[0]).toMatchObject({ rowsRead: 0, rowsWritten: 0, rowsToWrite: 0 });
    expect(reading.every((p, i) => i === 0 || (p.rowsRead >= (reading[i - 1]?.rowsRead ?? 0) && p.bytesRead <= size))).toBe(true);
    expect(reports.find((p) => p.phase === 'writing')).toEqual({
      phase: 'writing', rowsRead: 3001, bytesRead: size, totalBytes: size, rowsWritten: 0, rowsToWrite: 3000,
    });
    expect(reports.at(-1)).toEqual({ phase: 'indexing', rowsRead: 3001, bytesRead: size, totalBytes: size, rowsWritten: 3000, rowsToWrite: 3000 });
  });
});
