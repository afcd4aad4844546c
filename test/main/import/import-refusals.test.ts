import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../src/main/store/migrations.ts';
import { tempDir } from '../store/temp-store.ts';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import { csvFile, emptyDatabase, expectImported, HEADER, snapshot } from './import-fixtures.ts';

const FORMAT_HINT =
  'The header row (line 1) must name file_number, client_number, client_name, debtor_name and at least one ' +
  'phone column: phone, or phone_<label> such as phone_home, phone_work, phone_mobile.';

/** A database that already holds a debtor, so "nothing written" is checked against real content. */
async function databaseWithOneDebtor() {
  const database = emptyDatabase();
  expectImported(await importDebtorsFile(database.dbPath, csvFile(database.dir, `${HEADER}\n1,9,Acme,Anna,555-0100,,\n`, 'first.csv')));
  return { ...database, before: snapshot(database.dbPath) };
}

describe('importDebtorsFile: files refused as a whole (nothing written)', () => {
  it('names every missing required column', async () => {
    const { dir, dbPath, before } = await databaseWithOneDebtor();
    const file = csvFile(dir, 'file_number,debtor_name,phone_home\n2,Ben,555-0101\n');
    expect(await importDebtorsFile(dbPath, file)).toEqual({
      status: 'refused',
      reason: `The file is missing the columns client_number, client_name. ${FORMAT_HINT}`,
    });
    expect(snapshot(dbPath)).toEqual(before);
    const worse = csvFile(dir, 'File_Number,Notes\n', 'worse.csv');
    expect(await importDebtorsFile(dbPath, worse)).toEqual({
      status: 'refused',
      reason: `The file is missing the columns client_number, client_name, debtor_name, and has no phone column. ${FORMAT_HINT}`,
    });
  });

  it('says so when there is no phone column at all', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, 'file_number,client_number,client_name,debtor_name\n2,9,Acme,Ben\n');
    expect(await importDebtorsFile(dbPath, file)).toEqual({
      status: 'refused',
      reason: `The file has no phone column. ${FORMAT_HINT}`,
    });
  });

  it('refuses a column named twice and a phone column spelled another way', async () => {
    const { dir, dbPath } = emptyDatabase();
    const twice = csvFile(dir, `${HEADER},Phone_Home\n`, 'twice.csv');
    expect(await importDebtorsFile(dbPath, twice)).toEqual({
      status: 'refused',
      reason: `The header names the column "Phone_Home" twice (columns 5 and 8). ${FORMAT_HINT}`,
    });
    const dashed = csvFile(dir, 'file_number,client_number,client_name,debtor_name,phone-home\n', 'dashed.csv');
    expect(await importDebtorsFile(dbPath, dashed)).toEqual({
      status: 'refused',
      reason: `The column "phone-home" looks like a phone column but is not named phone or phone_<label> (for example phone_home). ${FORMAT_HINT}`,
    });
  });

  it('refuses a quote that is never closed, naming the line the row starts on', async () => {
    const { dir, dbPath, before } = await databaseWithOneDebtor();
    const file = csvFile(dir, `${HEADER}\n2,9,Acme,Ben,555-0101,,\n3,9,Acme,"Cara,555-0102,,\n4,9,Acme,Dan,555-0103,,\n`);
    expect(await importDebtorsFile(dbPath, file)).toEqual({
      status: 'refused',
      reason: 'Line 3: a quoted value starts on this line and is never closed (the file ends inside the quotes). Nothing was imported.',
    });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('refuses an empty file', async () => {
    const { dir, dbPath } = emptyDatabase();
    expect(await importDebtorsFile(dbPath, csvFile(dir, ''))).toEqual({
      status: 'refused',
      reason:
        'The file is empty. Its first line must be the header row: file_number, client_number, client_name, ' +
        'debtor_name and at least one phone column (phone or phone_<label>, such as phone_home).',
    });
  });

  it('imports a file with only a header as zero rows', async () => {
    const { dir, dbPath } = emptyDatabase();
    expect(await importDebtorsFile(dbPath, csvFile(dir, `${HEADER}\n`))).toMatchObject({ status: 'imported', inserted: 0, updated: 0, total: 0, invalid: [] });
  });
});

describe('importDebtorsFile: files and databases that cannot be used', () => {
  it('fails, naming the path, for a missing file and for a folder', async () => {
    const { dir, dbPath } = emptyDatabase();
    const missing = join(dir, 'nope.csv');
    expect(await importDebtorsFile(dbPath, missing)).toEqual({ status: 'failed', reason: `There is no file at ${missing}.` });
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    expect(await importDebtorsFile(dbPath, folder)).toEqual({ status: 'failed', reason: `${folder} is a folder, not a CSV file.` });
  });

  it('fails for a database whose schema is older than the app, naming both versions', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'softphone.db');
    const db = new DatabaseSync(dbPath);
    migrate(db, 1);
    db.close();
    expect(await importDebtorsFile(dbPath, csvFile(dir, `${HEADER}\n`))).toEqual({
      status: 'failed',
      reason:
        `The database ${dbPath} has schema version 1, and this import writes version ${LATEST_VERSION}: ` +
        'open it with the app (or `softphone import`) first, which brings it up to date.',
    });
  });

  it('fails for a database that does not exist, without creating one', async () => {
    const { dir } = emptyDatabase();
    const dbPath = join(dir, 'other', 'softphone.db');
    expect(await importDebtorsFile(dbPath, csvFile(dir, `${HEADER}\n`))).toEqual({ status: 'failed', reason: `There is no database at ${dbPath}.` });
    expect(existsSync(dbPath)).toBe(false);
  });
});
