import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, writeDebtorsCsv } from '../../bench/generate-debtors-csv.ts';
import { importDebtorsFile } from '../../src/main/import/import-debtors.ts';
import { count, emptyDatabase } from '../main/import/import-fixtures.ts';
import { tempDir } from '../main/store/temp-store.ts';

describe('bench/generate-debtors-csv', () => {
  it('writes the same bytes for the same count and seed, other bytes for another seed', async () => {
    const dir = tempDir();
    const paths = ['a.csv', 'b.csv', 'c.csv'].map((name) => join(dir, name));
    await writeDebtorsCsv(300, paths[0] ?? '', 7);
    await writeDebtorsCsv(300, paths[1] ?? '', 7);
    await writeDebtorsCsv(300, paths[2] ?? '', 8);
    const [a, b, c] = paths.map((path) => readFileSync(path));
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
    expect(a?.equals(c ?? Buffer.alloc(0))).toBe(false);
    expect(a?.toString('utf8').split('\r\n')[0]).toBe(CSV_HEADER);
  });

  it('writes a file the import takes whole: every debtor with three phones, no invalid rows', async () => {
    const { dir, dbPath } = emptyDatabase();
    const csv = join(dir, 'generated.csv');
    expect(await writeDebtorsCsv(2000, csv)).toEqual({ bytes: readFileSync(csv).length, phones: 6000 });
    expect(await importDebtorsFile(dbPath, csv)).toMatchObject({ status: 'imported', inserted: 2000, invalid: [], total: 2000 });
    expect(count(dbPath, 'phones')).toBe(6000);
  });
});
