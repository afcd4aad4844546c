/**
 * Issue 9 item 6: imported names hold text only, and one file number is not written two ways.
 */
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import { csvFile, emptyDatabase, expectImported, HEADER } from './import-fixtures.ts';

function storedNames(dbPath: string): string[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare('SELECT name FROM debtors ORDER BY file_number').all().map((r) => String(r.name));
  } finally {
    db.close();
  }
}

describe('importDebtorsFile: control characters in names', () => {
  it.each([
    ['NUL', 'Pat\u0000 Sample', 'U+0000'],
    ['ESC (a terminal escape)', 'Pat \u001b[31mSample', 'U+001B'],
    ['DEL', 'Pat\u007fSample', 'U+007F'],
    ['a C1 control (NEL)', 'Pat\u0085Sample', 'U+0085'],
    ['a right-to-left override', 'Pat \u202eelpmaS', 'U+202E'],
    ['a bidi isolate', 'Pat \u2066Sample\u2069', 'U+2066'],
  ])('refuses a debtor name holding %s, naming the line and the character', async (_, name, code) => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n100,9,Acme,Good Name,555-123-7777,,\n101,9,Acme,"${name}",555-123-7778,,\n`);

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome.invalid).toEqual([{ line: 3, reason: `debtor_name: the name contains a control character (${code})` }]);
    expect(storedNames(dbPath)).toEqual(['Good Name']);
  });

  it('refuses a client name holding one too, and still takes a name whose line breaks and tabs are only spacing', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n100,9,"Acme\u0007 Ltd",Pat Sample,555-123-7777,,\n101,8,Beta,"Ann\tLee\nSmith",555-123-7778,,\n`);

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome.invalid).toEqual([{ line: 2, reason: 'client_name: the name contains a control character (U+0007)' }]);
    expect(storedNames(dbPath)).toEqual(['Ann Lee Smith']);
  });
});

describe('importDebtorsFile: one file number written two ways', () => {
  it('refuses 1044 after 0001044 in the same file, naming both lines, and imports the first', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n0001044,9,Acme,Pat Sample,555-123-7777,,\n2000,9,Acme,Other,555-123-7779,,\n1044,9,Acme,Pat Sample,555-123-7778,,\n`);

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome.invalid).toEqual([
      {
        line: 4,
        reason:
          'file number 1044 and file number 0001044 on line 2 are the same number written with different leading zeros; write it one way, as the database knows it',
      },
    ]);
    expect(outcome.inserted).toBe(2);
  });

  it('still calls the same spelling twice a repeat, and lets 0 and 00 be told apart from 10', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n0,9,Acme,A,555-123-7777,,\n10,9,Acme,B,555-123-7778,,\n00,9,Acme,C,555-123-7779,,\n10,9,Acme,D,555-123-7770,,\n`);

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome.invalid.map((r) => r.line)).toEqual([4, 5]);
    expect(outcome.invalid[0]?.reason).toMatch(/^file number 00 and file number 0 on line 2 are the same number/);
    expect(outcome.invalid[1]?.reason).toBe('file number 10 already appears on line 3');
  });
});
