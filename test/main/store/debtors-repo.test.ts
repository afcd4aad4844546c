import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { insertClient, insertDebtor, insertPhone } from '../../../src/main/store/debtor-records.ts';
import { buildSearchSql, normalizeQuery } from '../../../src/main/store/debtor-search-sql.ts';
import { createDebtorsRepo, fewestWalked, type PagedBy } from '../../../src/main/store/debtors-repo.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { freshStore, openIn, tempDir } from './temp-store.ts';

type Fixture = { client: [string, string]; file: string; name: string; phones?: [string, string][] };

/** A store holding exactly `debtors`, written through the same record writers the seed uses. */
function storeWith(debtors: readonly Fixture[]): Store {
  const dir = tempDir();
  openIn(dir, { seed: false }).store.close();
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  const clients = new Map<string, number>();
  for (const { client, file, name, phones = [] } of debtors) {
    const [number, clientName] = client;
    const clientId = clients.get(number) ?? insertClient(db, { number, name: clientName });
    clients.set(number, clientId);
    const debtorId = insertDebtor(db, { clientId, fileNumber: file, name });
    for (const [label, phone] of phones) insertPhone(db, { debtorId, label, number: phone });
  }
  db.close();
  return openIn(dir).store;
}

const acme: [string, string] = ['77', 'Acme Collections'];
const blue: [string, string] = ['9', 'Bluebird Finance'];

const names = async (store: Store, query: string): Promise<string[]> => (await store.debtors.search(query, 0, 100)).rows.map((r) => r.name);

describe('debtor search', () => {
  const store = (): Store =>
    storeWith([
      { client: acme, file: 'A-100', name: 'Sam Smith', phones: [['Home', '(416) 555-0101'], ['Work', '416.555.0199 x12']] },
      { client: acme, file: 'B-200', name: 'Anna Smithers', phones: [['Mobile', '212-555-0102']] },
      { client: blue, file: '300', name: 'Joan Ramirez' },
      { client: blue, file: '301', name: 'Zoë Lefèvre', phones: [['Home', '1-800-FLOWERS']] },
      { client: blue, file: '3099', name: 'anders brook' },
    ]);

  it('lists every debtor by name, then file number, when the query is empty', async () => {
    const s = storeWith([
      { client: acme, file: '2', name: 'Bea' },
      { client: acme, file: '10', name: 'bea' },
      { client: acme, file: '1', name: 'Al' },
    ]);
    expect((await s.debtors.search('   ', 0, 10)).rows.map((r) => `${r.name} ${r.fileNumber}`)).toEqual(['Al 1', 'bea 10', 'Bea 2']);
  });

  it('finds names by a substring of 3+ characters, ignoring case and accents', async () => {
    const s = store();
    expect(await names(s, 'SMITH')).toEqual(['Anna Smithers', 'Sam Smith']);
    expect(await names(s, 'mith')).toEqual(['Anna Smithers', 'Sam Smith']);
    expect(await names(s, 'lefev')).toEqual(['Zoë Lefèvre']);
    expect(await names(s, 'am smi')).toEqual(['Sam Smith']);
  });

  it('finds names by word prefixes, in any order, for short queries too', async () => {
    const s = store();
    expect(await names(s, 'an')).toEqual(['anders brook', 'Anna Smithers']);
    expect(await names(s, 'smith anna')).toEqual(['Anna Smithers']);
    expect(await names(s, 'j r')).toEqual(['Joan Ramirez']);
  });

  it('finds debtors by the start of the file number, ignoring case', async () => {
    const s = store();
    expect(await names(s, 'a-1')).toEqual(['Sam Smith']);
    expect(await names(s, '30')).toEqual(['anders brook', 'Joan Ramirez', 'Zoë Lefèvre']);
    expect(await names(s, '3099')).toEqual(['anders brook']);
  });

  it("finds all of a client's debtors by client number or client name", async () => {
    const s = store();
    expect(await names(s, '77')).toEqual(['Anna Smithers', 'Sam Smith']);
    expect(await names(s, 'bluebird')).toEqual(['anders brook', 'Joan Ramirez', 'Zoë Lefèvre']);
    expect(await names(s, 'fin')).toEqual(['anders brook', 'Joan Ramirez', 'Zoë Lefèvre']);
  });

  it("finds debtors by 3+ digits of a phone's dialed digits, however the query is spelled", async () => {
    const s = store();
    expect(await names(s, '5550101')).toEqual(['Sam Smith']);
    expect(await names(s, '555-0102')).toEqual(['Anna Smithers']);
    expect(await names(s, '(416)')).toEqual(['Sam Smith']);
    // Letters are dialed as keypad digits, and an extension is not part of the number.
    expect(await names(s, '3569377')).toEqual(['Zoë Lefèvre']);
    expect(await names(s, '019912')).toEqual([]);
  });

  it('takes the query literally: quotes and LIKE wildcards match only themselves', async () => {
    const s = store();
    expect(await names(s, '%')).toEqual([]);
    expect(await names(s, '"smith')).toEqual(['Anna Smithers', 'Sam Smith']);
    expect(await names(s, 'A_100')).toEqual([]);
  });

  it('returns each debtor once with all its phones in order', async () => {
    const page = await store().debtors.search('smith', 0, 10);
    expect(page.total).toBe(2);
    expect(page.rows[1]).toEqual({
      id: 1, fileNumber: 'A-100', name: 'Sam Smith', clientNumber: '77', clientName: 'Acme Collections',
      phones: [
        { id: 1, label: 'Home', number: '(416) 555-0101' },
        { id: 2, label: 'Work', number: '416.555.0199 x12' },
      ],
    });
  });

  it('finds nothing for a query nothing matches', async () => {
    expect(await store().debtors.search('qqq', 0, 10)).toEqual({ rows: [], total: 0 });
  });
});

describe('debtor search on the sample data', () => {
  it('finds the spec debtor by phone digits "6983877"', async () => {
    const { rows } = await freshStore().debtors.search('6983877', 0, 10);
    expect(rows.map((r) => [r.fileNumber, r.clientNumber, r.phones.map((p) => p.number)])).toEqual([
      ['4585', '24', ['716-698-3877']],
    ]);
  });

  it('finds debtors by client name and by file number', async () => {
    const s = freshStore();
    const northwind = (await s.debtors.search('northwind', 0, 100));
    expect(northwind.total).toBe(9);
    expect(northwind.rows.every((r) => r.clientNumber === '24')).toBe(true);
    expect((await s.debtors.search('1234567', 0, 10)).rows.map((r) => r.fileNumber)).toEqual(['12345678']);
  });

  it('pages through the matches, reporting the full count each time', async () => {
    const s = freshStore();
    const all = (await s.debtors.search('', 0, 100)).rows.map((r) => r.fileNumber);
    const pages = await Promise.all([0, 15, 30, 45].map((offset) => s.debtors.search('', offset, 15)));
    expect(pages.map((p) => p.total)).toEqual([42, 42, 42, 42]);
    expect(pages.map((p) => p.rows.length)).toEqual([15, 15, 12, 0]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.fileNumber))).toEqual(all);

    const second = (await s.debtors.search('555-01', 5, 5));
    expect(second.total).toBe(40);
    expect(second.rows).toHaveLength(5);
  });

  it('refuses a negative offset or a limit below 1', async () => {
    const s = freshStore();
    await expect(s.debtors.search('', -1, 10)).rejects.toThrow('A search offset must be a whole number of 0 or more, not -1.');
    await expect(s.debtors.search('', 0, 0)).rejects.toThrow('A search limit must be a whole number of at least 1, not 0.');
  });
});

describe('phone context', () => {
  it('is null for a phone that does not exist', async () => {
    expect(await freshStore().debtors.phoneContext(9999)).toBeNull();
  });
});

/**
 * 400 debtors for the ways a page is found: every file number starts "F-1" (a query matching all,
 * spread through the name order); 120 are named "Zed …" (matches bunched at the end of the name
 * order); phones all hold 555, and 212 for every third debtor.
 */
function pagingDatabase(): DatabaseSync {
  const dir = tempDir();
  openIn(dir, { seed: false }).store.close();
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  const first = ['Abe', 'Bea', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal'];
  const last = ['Ames', 'Brook', 'Cole', 'Dunn', 'Ellis', 'Ford', 'Grant'];
  const clients = ['10', '11', '12', '13', '14'].map((number) => insertClient(db, { number, name: `Client ${number}` }));
  for (let i = 0; i < 400; i += 1) {
    const name = i % 10 < 3 ? `Zed ${last[i % last.length]}` : `${first[i % first.length]} ${last[(i * 3) % last.length]}`;
    const debtorId = insertDebtor(db, { clientId: clients[i % clients.length] ?? 0, fileNumber: `F-${1000 + i}`, name });
    const area = i % 3 === 0 ? '212' : '305';
    insertPhone(db, { debtorId, label: 'Home', number: `(${area}) 555-${String(i).padStart(4, '0')}` });
    if (i % 4 === 0) insertPhone(db, { debtorId, label: 'Work', number: `617.555.${String(9000 + i)}` });
  }
  return db;
}

/** The matching ids in list order, straight from the query's condition: what every page must agree with. */
function allMatches(db: DatabaseSync, query: string, condition: 'matches' | 'matchesWalked'): number[] {
  const search = buildSearchSql(normalizeQuery(query));
  const statement = db.prepare(`SELECT d.id FROM debtors d WHERE ${search[condition]} ORDER BY d.name COLLATE NOCASE, d.file_number, d.id`);
  statement.setAllowUnknownNamedParameters(true);
  return statement.all(search.params).map((row) => Number(row['id']));
}

describe('paging through a query\'s matches', () => {
  const QUERIES = ['zed', 'f-1', 'f-10', 'f-100', '555', '212 555', '305-555-01', 'client 1', 'b', 'nothing'];

  it('tests phones the same way when walking debtors as when gathering every phone hit', () => {
    const db = pagingDatabase();
    for (const query of QUERIES) expect(allMatches(db, query, 'matchesWalked')).toEqual(allMatches(db, query, 'matches'));
    expect(allMatches(db, '555', 'matches')).toHaveLength(400);
    expect(allMatches(db, '212 555', 'matches')).toHaveLength(134);
    db.close();
  });

  it('gives every page and count exactly, whether it walks the name order, sorts the matches, or both', () => {
    const db = pagingDatabase();
    const ways = new Set<string>();
    for (const walkWindow of [1, 50, 4000]) {
      const repo = createDebtorsRepo(db, { walkWindow, onPaged: (by: PagedBy, counted) => ways.add(`${by}${counted ? '' : ' (count known)'}`) });
      for (const query of QUERIES) {
        const all = allMatches(db, query, 'matches');
        for (const limit of [1, 10, 100]) {
          for (const offset of [0, 10, 95, 110, 399, 400, 1000]) {
            const page = repo.search(query, offset, limit);
            expect({ query, offset, limit, total: page.total, ids: page.rows.map((row) => row.id) })
              .toEqual({ query, offset, limit, total: all.length, ids: all.slice(offset, offset + limit) });
          }
        }
      }
    }
    // Every way was taken, with the count both counted and remembered from the page before.
    expect([...ways].sort()).toEqual([
      'sort', 'sort (count known)', 'walk', 'walk (count known)', 'walk, then sort', 'walk, then sort (count known)',
    ]);
    db.close();
  });

  it('counts again once debtors change, through this connection or another (an import)', () => {
    const db = pagingDatabase();
    const repo = createDebtorsRepo(db);
    expect(repo.search('zed', 0, 5).total).toBe(120);
    expect(repo.search('zed', 5, 5).total).toBe(120);

    insertDebtor(db, { clientId: 1, fileNumber: 'N-1', name: 'Zed Newman' });
    expect(repo.search('zed', 5, 5).total).toBe(121);

    const other = new DatabaseSync(db.location() ?? '');
    insertDebtor(other, { clientId: 1, fileNumber: 'N-2', name: 'Zed Newer' });
    other.close();
    expect(repo.search('zed', 5, 5).total).toBe(122);
    db.close();
  });

  it('walks only when the matches are many enough: n × n ≥ 3 × (offset + limit) × debtors', () => {
    expect(fewestWalked(0, 100, 100_000)).toBe(5478);
    expect(fewestWalked(0, 10, 400)).toBe(110);
    for (const [offset, limit, debtors] of [[0, 100, 100_000], [5, 7, 11], [0, 1, 3], [300, 100, 12_345]] as const) {
      const n = fewestWalked(offset, limit, debtors);
      expect(n * n).toBeGreaterThanOrEqual(3 * (offset + limit) * debtors);
      expect((n - 1) * (n - 1)).toBeLessThan(3 * (offset + limit) * debtors);
    }
  });
});
