import type { DatabaseSync } from 'node:sqlite';
import { insertClient, insertDebtor, insertPhone } from './debtor-records.ts';
import { createOperatorsRepo } from './operators-repo.ts';
import type { OperatorInput, SampleDataAdded } from './contract.ts';
import { inTransaction } from './transaction.ts';

/*
 * What a new installation starts with, so the app can be tried at once. The first two debtors and the
 * operators' Note 2 values are the examples of the Collect! help page: keep them exact. Everything
 * else is made up; phone numbers use the fictional 555-01xx range. ANNA's Note 2 is a template, not the
 * help page's bare "sip:": a bare prefix is not dialable for every softphone (see shared/bare-prefix.ts).
 */
export const SEED_OPERATORS: readonly OperatorInput[] = [
  { code: 'ANNA', name: 'Anna Softphone', useSoftphone: true, note2: 'sip:{number}@pbx.example.com' },
  { code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452' },
  { code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:109#authcode' },
  { code: 'DAN', name: 'Dan Desk', useSoftphone: false, note2: '' },
];

export const SEED_CLIENTS = [
  { number: '24', name: 'Northwind Recovery' },
  { number: '1234', name: 'Comtech Sample Client' },
  { number: '310', name: 'Lakeshore Medical Billing' },
  { number: '5150', name: 'Harbor Credit Union' },
  { number: '88', name: 'Summit Utilities' },
] as const;

export type SeedAddress = { readonly timezone?: string; readonly state?: string; readonly zip?: string };

type SeedDebtor = {
  clientNumber: string;
  fileNumber: string;
  name: string;
  phones: readonly { label: string; number: string }[];
  /** Where the debtor lives, as the CSV columns timezone / state / zip give it: the call guard's local time. */
  address: SeedAddress;
};

/** The help page's examples: client 24 / file 4585 / 716-698-3877, client 1234 / file 12345678 / 555-123-7777. */
export const SPEC_DEBTORS: readonly SeedDebtor[] = [
  { clientNumber: '24', fileNumber: '4585', name: 'Morgan Ellis', phones: [{ label: 'Home', number: '716-698-3877' }], address: { state: 'NY', zip: '14202' } },
  // 555 is no real area code: the address alone places Pat.
  { clientNumber: '1234', fileNumber: '12345678', name: 'Pat Sample', phones: [{ label: 'Mobile', number: '555-123-7777' }], address: { zip: '60601' } },
];

const MADE_UP_NAMES = [
  'Avery Anderson', 'Blake Brooks', 'Casey Castillo', 'Dana Dubois', 'Elliot Edwards', 'Frances Fischer',
  'Gabriel Garcia', 'Harper Hughes', 'Imani Okafor', 'Jules Jensen', 'Kendall Kowalski', 'Logan Larsen',
  'Marisol Moreau', 'Noah Nakamura', "Sean O'Brien", 'Priya Patel', 'Quinn Quintero', 'Rafael Robinson',
  'Sofia Schmidt', 'Tobias Thompson', 'Uma Underwood', 'Victor Vasquez', 'Wendy Whitaker', 'Xin Xu',
  'Yara Young', 'Zachary Zimmerman', 'Zoë Lefèvre', 'José Muñoz', 'Annika Lindqvist', 'Brian Anders',
  'Carla Mendes', 'Derek Smith', 'Elena Smithson', 'Farah Haddad', 'George Kim', 'Hannah Novak',
  'Isaac Mercer', 'Joan Ramirez', 'Kofi Mensah', 'Lena Fairbanks',
];
const AREA_CODES = ['212', '312', '415', '503', '617', '702', '808', '919'];
/** An address in the zone of each area code above, written each way the CSV allows (zone name, ZIP, state). */
const ADDRESSES: readonly SeedAddress[] = [
  { timezone: 'America/New_York' }, { state: 'IL', zip: '60601' }, { zip: '94103' }, { state: 'OR' },
  { zip: '02108' }, { state: 'NV', zip: '89101' }, { timezone: 'Pacific/Honolulu', state: 'HI' }, { zip: '27601' },
];
const LABELS = ['Home', 'Mobile', 'Work'];
const FORMATS: readonly ((area: string, line: string) => string)[] = [
  (area, line) => `(${area}) 555-${line}`,
  (area, line) => `${area}-555-${line}`,
  (area, line) => `${area}.555.${line}`,
];

/** The item at `index`, wrapping around: the seed cycles through short lists. */
function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('The seed picked from an empty list.');
  return item;
}

/** 1–3 phones per debtor, numbered 555-0100 … 555-0199 in a few common spellings. */
function madeUpPhones(index: number): SeedDebtor['phones'] {
  return Array.from({ length: 1 + (index % 3) }, (_, k) => {
    const line = String(100 + ((index * 3 + k) % 100)).padStart(4, '0');
    const format = pick(FORMATS, index + k);
    return { label: pick(LABELS, k), number: format(pick(AREA_CODES, index + k), line) };
  });
}

export const MADE_UP_DEBTORS: readonly SeedDebtor[] = MADE_UP_NAMES.map((name, index) => ({
  clientNumber: pick(SEED_CLIENTS, index).number,
  fileNumber: String(100200 + index * 37),
  name,
  phones: madeUpPhones(index),
  address: pick(ADDRESSES, index),
}));

function exists(db: DatabaseSync, sql: string, key: string): boolean {
  return db.prepare(sql).get(key) !== undefined;
}

/**
 * Adds the sample data that is not there yet, all or nothing. A sample operator whose code is taken
 * (say the first administrator chose ANNA), a sample client whose number is taken (with its sample
 * debtors) and a sample debtor whose file number is taken are left out: real rows are never changed
 * and sample debtors never join a real client. On an empty database it adds everything.
 */
export function loadSampleData(db: DatabaseSync, now: () => Date): SampleDataAdded {
  return inTransaction(db, () => {
    const operators = createOperatorsRepo(db, now);
    const added = { operators: 0, clients: 0, debtors: 0 };
    for (const operator of SEED_OPERATORS) {
      if (exists(db, 'SELECT 1 FROM operators WHERE code = ?', operator.code)) continue;
      operators.create(operator);
      added.operators += 1;
    }
    const clientIds = new Map<string, number>();
    for (const client of SEED_CLIENTS) {
      if (exists(db, 'SELECT 1 FROM clients WHERE number = ?', client.number)) continue;
      clientIds.set(client.number, insertClient(db, client));
      added.clients += 1;
    }
    for (const debtor of [...SPEC_DEBTORS, ...MADE_UP_DEBTORS]) {
      const clientId = clientIds.get(debtor.clientNumber);
      if (clientId === undefined || exists(db, 'SELECT 1 FROM debtors WHERE file_number = ?', debtor.fileNumber)) continue;
      const debtorId = insertDebtor(db, { clientId, fileNumber: debtor.fileNumber, name: debtor.name, ...debtor.address });
      for (const phone of debtor.phones) insertPhone(db, { debtorId, ...phone });
      added.debtors += 1;
    }
    return added;
  });
}

/** Fills a new, migrated database. All or nothing. */
export function seedDatabase(db: DatabaseSync, now: () => Date): void {
  loadSampleData(db, now);
}
