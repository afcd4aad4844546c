import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportStatus } from '../../../../src/shared/ipc-contract.ts';
import { importPercent, importStep, outcomeAlert, progressText, summarySentence } from '../../../../src/renderer/src/logic/import-view.ts';

const file = { importId: '6f1c1f4e-2c5b-4f0e-9a51-1f0b0a4d2c11', fileName: 'debtors.csv', size: 1000 };
const progress = (over: Partial<ImportProgress>): ImportStatus => ({
  ...file,
  state: 'running',
  progress: { phase: 'reading', rowsRead: 0, bytesRead: 0, totalBytes: 1000, rowsWritten: 0, rowsToWrite: 0, ...over },
});

describe('the import progress bar', () => {
  it('fills in step order: sending, reading, writing, indexing, finished', () => {
    const steps: ImportStatus[] = [
      { ...file, state: 'uploading', receivedBytes: 0 },
      { ...file, state: 'uploading', receivedBytes: 1000 },
      { ...file, state: 'running', progress: null },
      progress({ bytesRead: 500, rowsRead: 12_345 }),
      progress({ phase: 'writing', bytesRead: 1000, rowsWritten: 500, rowsToWrite: 1000 }),
      progress({ phase: 'indexing', bytesRead: 1000, rowsWritten: 1000, rowsToWrite: 1000 }),
      { ...file, state: 'finished', outcome: { status: 'cancelled', rowsRead: 3, durationMs: 5 } },
    ];
    expect(steps.map(importPercent)).toEqual([0, 10, 10, 35, 78, 95, 100]);
    expect(steps.map(importStep)).toEqual(['sending', 'sending', 'starting', 'reading', 'writing', 'indexing', null]);
  });

  it('says the step in words and how far it got', () => {
    expect(progressText({ ...file, state: 'uploading', receivedBytes: 250 })).toBe('Sending the file: 25%');
    expect(progressText({ ...file, state: 'running', progress: null })).toBe('Starting the import…');
    expect(progressText(progress({ rowsRead: 12_345 }))).toBe('Reading and checking rows: 12,345 rows read');
    expect(progressText(progress({ rowsRead: 1 }))).toBe('Reading and checking rows: 1 row read');
    expect(progressText(progress({ phase: 'writing', rowsWritten: 2000, rowsToWrite: 100_000 }))).toBe('Writing debtors: 2,000 of 100,000');
    expect(progressText(progress({ phase: 'indexing' }))).toBe('Updating the search index…');
  });

  it('does not divide by a size it does not know', () => {
    expect(importPercent(progress({ totalBytes: null, bytesRead: 400 }))).toBe(10);
    expect(importPercent({ ...file, size: 0, state: 'uploading', receivedBytes: 0 })).toBe(0);
  });
});

describe('the import result', () => {
  it('counts rows, new debtors, updates and rows left out', () => {
    expect(summarySentence({ total: 50, inserted: 47, updated: 2, invalid: [{ line: 9, reason: 'x' }] })).toBe(
      'Imported 50 rows: 47 new debtors, 2 updated, 1 not imported.',
    );
    expect(summarySentence({ total: 1, inserted: 1, updated: 0, invalid: [] })).toBe('Imported 1 row: 1 new debtor, 0 updated, 0 not imported.');
  });

  it('says why nothing was imported, naming the file', () => {
    expect(outcomeAlert('a.csv', { status: 'cancelled', rowsRead: 10, durationMs: 3 })).toBe(
      'Import of a.csv cancelled: nothing was imported, the debtors are as they were.',
    );
    expect(outcomeAlert('a.csv', { status: 'refused', reason: 'The file is empty.' })).toBe('a.csv was not imported: The file is empty.');
    expect(outcomeAlert('a.csv', { status: 'failed', reason: 'Disk full.' })).toBe('a.csv was not imported: Disk full.');
    expect(outcomeAlert('a.csv', { status: 'imported', inserted: 1, updated: 0, invalid: [], total: 1, ignoredColumns: [], durationMs: 1 })).toBeNull();
  });
});
