import { describe, expect, it } from 'vitest';
import { importDebtorsFile } from '../../../../src/main/import/import-debtors.ts';
import type { ImportOutcome } from '../../../../src/main/import/import-types.ts';
import type { CallFacts, Store } from '../../../../src/main/store/contract.ts';
import { csvFile, emptyDatabase } from '../../import/import-fixtures.ts';
import { csvIn, freshPgStore } from './pg-test-store.ts';

const HEADER = 'file_number,client_number,client_name,debtor_name,phone_home,phone_work,timezone,state,zip,do_not_call,dnc_home';

const FIRST = [
  HEADER,
  '1,9,Acme,Anna Smithers,212-555-0101,212-555-0102,America/New_York,NY,10001,no,yes',
  '2,9,,Sam Smith,808-555-0201,,,HI,,yes,',
  '3,9,,Bad Zone,312-555-0301,,Mars/Olympus,,,,',
  '4,9,,Bad State,312-555-0302,,,ZZ,1234,maybe,',
  '5,9,,Bad Mark,,312-555-0303,,,,,yes',
].join('\n');

// Re-imported: new phone list for 1 (its marked home number kept), no address columns at all for 2.
const SECOND = [
  'file_number,client_number,client_name,debtor_name,phone_home,phone_mobile,do_not_call',
  '1,9,,Anna Smithers,212-555-0101,917-555-0100,',
  '2,9,,Sam Smith,808-555-0201,,no',
].join('\n');

function comparable(outcome: ImportOutcome): unknown {
  return 'durationMs' in outcome ? { ...outcome, durationMs: 0 } : outcome;
}

/** Each debtor's address and marks, phone by phone, without ids and with the mark's date reduced to "set". */
async function callView(store: Store): Promise<unknown[]> {
  const view: unknown[] = [];
  for (const debtor of (await store.debtors.search('', 0, 100)).rows) {
    for (const phone of debtor.phones) {
      const facts = (await store.debtors.callFacts(phone.id)) as CallFacts;
      view.push([debtor.fileNumber, phone.number, facts.timezone, facts.state, facts.zip, facts.debtorDoNotCall?.by ?? null, facts.phoneDoNotCall?.by ?? null]);
    }
  }
  return view;
}

describe('the call guard columns of a debtor import', () => {
  it('stores address and marks, refuses bad values by line, and keeps marks on re-import, on both backends alike', async () => {
    const pg = await freshPgStore({ seed: false });
    const sqlite = emptyDatabase();
    const first = await importDebtorsFile(sqlite.dbPath, csvFile(sqlite.dir, FIRST, 'first.csv'));
    expect(comparable(await pg.importDebtors(csvIn(FIRST, 'first.csv')))).toEqual(comparable(first));
    expect(first.status === 'imported' ? first.invalid : first).toEqual([
      { line: 4, reason: 'timezone: "Mars/Olympus" is not an IANA time zone name such as America/Chicago' },
      { line: 5, reason: 'state: "ZZ" is not a two-letter US state code such as NY; zip: "1234" is not a US ZIP code (5 digits, or ZIP+4); do_not_call: "maybe" must be yes or no (or 1 / 0, true / false), or empty' },
      { line: 6, reason: 'dnc_home: marks a phone that is empty on this row' },
    ]);
    const afterFirst = [
      ['1', '212-555-0101', 'America/New_York', 'NY', '10001', null, 'import'],
      ['1', '212-555-0102', 'America/New_York', 'NY', '10001', null, null],
      ['2', '808-555-0201', null, 'HI', null, 'import', null],
    ];
    expect(await callView(sqlite.store)).toEqual(afterFirst);
    expect(await callView(pg)).toEqual(afterFirst);

    await importDebtorsFile(sqlite.dbPath, csvFile(sqlite.dir, SECOND, 'second.csv'));
    await pg.importDebtors(csvIn(SECOND, 'second.csv'));
    const afterSecond = [
      ['1', '212-555-0101', 'America/New_York', 'NY', '10001', null, 'import'],
      ['1', '917-555-0100', 'America/New_York', 'NY', '10001', null, null],
      ['2', '808-555-0201', null, 'HI', null, 'import', null],
    ];
    expect(await callView(sqlite.store)).toEqual(afterSecond);
    expect(await callView(pg)).toEqual(afterSecond);
  });
});
