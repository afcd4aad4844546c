import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import { csvFile, emptyDatabase, expectImported, HEADER } from './import-fixtures.ts';

function storedPhones(dbPath: string): string[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare('SELECT number, digits FROM phones ORDER BY id').all().map((r) => `${String(r.number)} -> ${String(r.digits)}`);
  } finally {
    db.close();
  }
}

describe('importDebtorsFile: placeholder phones', () => {
  it('refuses the words collection exports put in phone cells, by line, and keeps vanity numbers', async () => {
    const { dir, dbPath } = emptyDatabase();
    const placeholders = ['unknown', 'NULL', 'none', 'refused', 'deceased', 'wrong number', 'n/a', 'see notes'];
    const rows = placeholders.map((word, i) => `${100 + i},9,Acme,Debtor ${i},${word},,`);
    const file = csvFile(dir, [HEADER, ...rows, '200,9,Acme,Vanity,1-800-FLOWERS,800-GOT-JUNK,unknown'].join('\n'));

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome.invalid).toEqual([
      ...placeholders.map((word, i) => ({ line: i + 2, reason: `phone_home: "${word}" is not a phone number` })),
      { line: 10, reason: 'phone_mobile: "unknown" is not a phone number' },
    ]);
    expect(outcome.inserted).toBe(0);
    expect(storedPhones(dbPath)).toEqual([]);
  });

  it('stores the vanity numbers of a row whose every phone is a number', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n200,9,Acme,Vanity,1-800-FLOWERS,800-GOT-JUNK,\n`);

    expect(expectImported(await importDebtorsFile(dbPath, file))).toMatchObject({ inserted: 1, invalid: [] });
    expect(storedPhones(dbPath)).toEqual(['1-800-FLOWERS -> 18003569377', '800-GOT-JUNK -> 8004685865']);
  });
});
