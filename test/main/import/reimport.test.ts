import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { checkSearchIndexes, count, csvFile, emptyDatabase, expectImported, HEADER, snapshot } from './import-fixtures.ts';

const FIRST = [
  HEADER,
  '1,9,Acme Collections,Anna Smithers,212-555-0101,212-555-0102,',
  '2,9,Acme Collections,Sam Smith,312-555-0201,,',
  '3,10,Beta Bank,Joan Ramirez,415-555-0301,,',
].join('\n');

const SECOND = [
  HEADER,
  '1,9,,Anna Smithers,212-555-0101,212-555-0102,',
  '2,10,Beta Bank Ltd,Samuel Okafor,,,919-555-0299',
  '4,9,,Lena Fairbanks,617-555-0401,,',
].join('\n');

const list = async (store: Store) =>
  (await store.debtors.search('', 0, 100)).rows.map((d) => ({
    file: d.fileNumber,
    name: d.name,
    client: `${d.clientNumber} ${d.clientName}`,
    phones: d.phones.map((p) => `${p.label} ${p.number}`),
  }));
const names = async (store: Store, query: string) => (await store.debtors.search(query, 0, 100)).rows.map((d) => d.name);

describe('importDebtorsFile: importing again', () => {
  it('updates debtors by file number (name, client, phone list) instead of adding them twice', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    expectImported(await importDebtorsFile(dbPath, csvFile(dir, FIRST, 'first.csv')));
    const annaPhoneIds = (await store.debtors.search('Anna', 0, 1)).rows[0]?.phones.map((p) => p.id);

    const outcome = expectImported(await importDebtorsFile(dbPath, csvFile(dir, SECOND, 'second.csv')));

    expect(outcome).toMatchObject({ inserted: 1, updated: 2, total: 3, invalid: [] });
    expect(await list(store)).toEqual([
      { file: '1', name: 'Anna Smithers', client: '9 Acme Collections', phones: ['Home 212-555-0101', 'Work 212-555-0102'] },
      { file: '3', name: 'Joan Ramirez', client: '10 Beta Bank Ltd', phones: ['Home 415-555-0301'] },
      { file: '4', name: 'Lena Fairbanks', client: '9 Acme Collections', phones: ['Home 617-555-0401'] },
      { file: '2', name: 'Samuel Okafor', client: '10 Beta Bank Ltd', phones: ['Mobile 919-555-0299'] },
    ]);
    expect(count(dbPath, 'clients')).toBe(2);
    expect(count(dbPath, 'phones')).toBe(5);
    // An unchanged phone list keeps its rows, so ids the app is showing stay valid.
    expect((await store.debtors.search('Anna', 0, 1)).rows[0]?.phones.map((p) => p.id)).toEqual(annaPhoneIds);
  });

  it('keeps the search indexes in step: old names and numbers are gone, new ones found', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    expectImported(await importDebtorsFile(dbPath, csvFile(dir, FIRST, 'first.csv')));
    expectImported(await importDebtorsFile(dbPath, csvFile(dir, SECOND, 'second.csv')));

    expect(await names(store, 'smith')).toEqual(['Anna Smithers']);
    expect(await names(store, 'okaf')).toEqual(['Samuel Okafor']);
    expect(await names(store, '312-555-0201')).toEqual([]);
    expect(await names(store, '9195550299')).toEqual(['Samuel Okafor']);
    expect(await names(store, 'beta bank ltd')).toEqual(['Joan Ramirez', 'Samuel Okafor']);
    checkSearchIndexes(dbPath);
  });

  it('changes nothing at all when the same file is imported twice', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, FIRST);
    expectImported(await importDebtorsFile(dbPath, file));
    const before = snapshot(dbPath);

    expect(await importDebtorsFile(dbPath, file)).toMatchObject({ status: 'imported', inserted: 0, updated: 3 });
    expect(snapshot(dbPath)).toEqual(before);
  });
});
