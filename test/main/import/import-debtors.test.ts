import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../src/main/import/import-debtors.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { checkSearchIndexes, csvFile, emptyDatabase, expectImported, HEADER, snapshot } from './import-fixtures.ts';

const find = async (store: Store, query: string) => (await store.debtors.search(query, 0, 100)).rows;
const namesFound = async (store: Store, query: string): Promise<string[]> => (await find(store, query)).map((d) => d.name);

describe('importDebtorsFile: the documented format', () => {
  it('imports debtors, clients and labelled phones from a UTF-8 file with BOM, CRLF and quoted values', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const file = csvFile(dir, '\uFEFF' + [
      'File_Number, CLIENT_NUMBER ,client_name,Debtor_Name,phone_home,PHONE_WORK,phone,phone_work_cell,Balance',
      '4585,24,Northwind Recovery,Morgan Ellis,716-698-3877,,,,12.50',
      '',
      '12345678,1234,"Comtech, Inc.","Sample, Pat ""PJ""",,555-123-7777 x12,+1 (555) 123-7000,1-800-FLOWERS,0',
      '77,24,,  Zoë   Lefèvre ,,,(212) 555-0100,,',
    ].join('\r\n') + '\r\n');

    const outcome = expectImported(await importDebtorsFile(dbPath, file));

    expect(outcome).toMatchObject({ inserted: 3, updated: 0, invalid: [], total: 3, ignoredColumns: ['Balance'] });
    expect(await find(store, '')).toEqual([
      {
        id: expect.any(Number), fileNumber: '4585', name: 'Morgan Ellis', clientNumber: '24', clientName: 'Northwind Recovery',
        phones: [{ id: expect.any(Number), label: 'Home', number: '716-698-3877' }],
      },
      {
        id: expect.any(Number), fileNumber: '12345678', name: 'Sample, Pat "PJ"', clientNumber: '1234', clientName: 'Comtech, Inc.',
        phones: [
          { id: expect.any(Number), label: 'Work', number: '555-123-7777 x12' },
          { id: expect.any(Number), label: 'Phone', number: '+1 (555) 123-7000' },
          { id: expect.any(Number), label: 'Work cell', number: '1-800-FLOWERS' },
        ],
      },
      {
        id: expect.any(Number), fileNumber: '77', name: 'Zoë Lefèvre', clientNumber: '24', clientName: 'Northwind Recovery',
        phones: [{ id: expect.any(Number), label: 'Phone', number: '(212) 555-0100' }],
      },
    ]);
  });

  it('indexes what it imports for search: names by word and substring, phones by dialed digits', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n1,9,Acme,Anna Smithers,,1-800-FLOWERS,\n2,9,,Sam Smith,212-555-0101,,\n`);
    expectImported(await importDebtorsFile(dbPath, file));

    expect(await namesFound(store, 'smith')).toEqual(['Anna Smithers', 'Sam Smith']);
    expect(await namesFound(store, 'an sm')).toEqual(['Anna Smithers']);
    expect(await namesFound(store, '3569377')).toEqual(['Anna Smithers']);
    expect(await namesFound(store, '(212) 555')).toEqual(['Sam Smith']);
    expect(await namesFound(store, 'acme')).toEqual(['Anna Smithers', 'Sam Smith']);
    checkSearchIndexes(dbPath);
  });

  it('leaves the search triggers exactly as they were, so later writes are indexed again', async () => {
    const { dir, dbPath } = emptyDatabase();
    const triggersOf = () => (snapshot(dbPath).schema as { type: string }[]).filter((s) => s.type === 'trigger');
    const before = triggersOf();
    expectImported(await importDebtorsFile(dbPath, csvFile(dir, `${HEADER}\n1,9,Acme,Anna,555-0100,,\n`)));
    expect(before).toHaveLength(6);
    expect(triggersOf()).toEqual(before);
  });
});

describe('importDebtorsFile: rows that cannot be imported', () => {
  const lines = [
    HEADER,
    '4585,24,Northwind Recovery,Morgan Ellis,716-698-3877,,',
    '4586,24,,"Ellis,',
    'Jamie",716-698-3878,,',
    '4587,24,,Lee Park,716-698-3879,5-1,',
    '',
    '45a,24,,   ,716-698-3880,,',
    '4585,24,,Morgan Again,716-698-3881,,',
    '4588,24,,Kim Lo,716-698-3882,',
    '4589,99,,New Client Debtor,716-698-3883,,',
    '4590,24,,No Phones,,,',
    '4591,24,,Last One,716-698-3884,,555-0199',
  ];
  const expectedInvalid = [
    { line: 5, reason: 'phone_work: "5-1" is not a dialable number: it has 2 digits (3 to 20 needed)' },
    { line: 7, reason: 'file_number: "45a" must be 1 to 20 digits; debtor_name: empty; the debtor\'s name is needed' },
    { line: 8, reason: 'file number 4585 already appears on line 2' },
    { line: 9, reason: 'the row has 6 fields but the header has 7; a value that contains a comma must be in double quotes' },
    { line: 10, reason: 'client_name: empty, and client 99 is not in the database yet, so its name is needed' },
    { line: 11, reason: 'no phone number: fill at least one of phone_home, phone_work, phone_mobile' },
  ];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('lists each with the line it is on, counting lines inside quoted values (%s), and imports the rest', async (_name, eol) => {
    const { dir, dbPath, store } = emptyDatabase();
    const outcome = expectImported(await importDebtorsFile(dbPath, csvFile(dir, lines.join(eol) + eol)));

    expect(outcome.invalid).toEqual(expectedInvalid);
    expect(outcome).toMatchObject({ inserted: 3, updated: 0, total: 9 });
    expect((await find(store, '')).map((d) => `${d.fileNumber} ${d.name}`)).toEqual(['4586 Ellis, Jamie', '4591 Last One', '4585 Morgan Ellis']);
  });

  it('lists rows that are not UTF-8 (a Windows-1252 export) instead of storing garbled names', async () => {
    const { dir, dbPath, store } = emptyDatabase();
    const latin1 = Buffer.from(`${HEADER}\n1,9,Acme,Zo\u00eb Lef\u00e8vre,555-0100,,\n2,9,Acme,Ann Lee,555-0101,,\n`, 'latin1');
    const outcome = expectImported(await importDebtorsFile(dbPath, csvFile(dir, latin1)));
    expect(outcome.invalid).toEqual([
      { line: 2, reason: 'the row holds characters that are not UTF-8; save the file as "CSV UTF-8" and import it again' },
    ]);
    expect((await store.debtors.search('', 0, 10)).rows.map((d) => d.name)).toEqual(['Ann Lee']);
  });

  it('keeps a client known once an earlier valid row names it, and not when that row was invalid', async () => {
    const { dir, dbPath } = emptyDatabase();
    const file = csvFile(dir, [
      HEADER,
      '1,50,,First,555#0101,,',
      '2,50,,Second,555-0102,,',
      '3,60,Sixty Corp,Third,555-0103,,',
      '4,60,,Fourth,555-0104,,',
    ].join('\n'));
    const outcome = expectImported(await importDebtorsFile(dbPath, file));
    expect(outcome.invalid).toEqual([
      { line: 2, reason: 'phone_home: "555#0101" is not a dialable number: "#" is not part of a phone number; client_name: empty, and client 50 is not in the database yet, so its name is needed' },
      { line: 3, reason: 'client_name: empty, and client 50 is not in the database yet, so its name is needed' },
    ]);
    expect(outcome.inserted).toBe(2);
  });
});
