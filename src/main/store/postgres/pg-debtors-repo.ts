import type { DebtorPage, DebtorRow, PhoneRow } from '../../../shared/ipc-contract.ts';
import type { DebtorsRepo, StoredDoNotCall } from '../contract.ts';
import { callFactsSql, PHONE_CONTEXT_COLUMNS, phoneJoin, toCallFacts, toPhoneContext } from '../call-facts.ts';
import { normalizeQuery } from '../debtor-search-sql.ts';
import { readInt, readText, type Row } from '../row-values.ts';
import { UserError } from '../../errors.ts';
import { all, nameOrder, one, type Db } from './pg-db.ts';
import { buildPgSearch } from './pg-debtor-search.ts';

const DEBTOR_COLUMNS = 'd.id, d.file_number, d.name, c.number AS client_number, c.name AS client_name';
/** The list's order, the SQLite store's: name ignoring ASCII case, then file number; served by debtors_by_name. */
const ORDER = `ORDER BY ${nameOrder('d.name')}, d.file_number, d.id`;

function toDebtor(row: Row): Omit<DebtorRow, 'phones'> {
  return {
    id: readInt(row, 'id'),
    fileNumber: readText(row, 'file_number'),
    name: readText(row, 'name'),
    clientNumber: readText(row, 'client_number'),
    clientName: readText(row, 'client_name'),
  };
}

function checkPaging(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw new UserError(`A search offset must be a whole number of 0 or more, not ${offset}.`);
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`A search limit must be a whole number of at least 1, not ${limit}.`);
}

/** The list's sort key, as debtors_by_name holds it. */
const SORT_NAME = nameOrder('d.name');
/** What a search page keeps of each debtor: the row is read once, by the scan that finds it. */
const PAGE_COLUMNS = `d.id, d.file_number, d.name, d.client_id, ${SORT_NAME} AS sort_name`;

/**
 * A fifth of the floor's debtors or more: the page walks debtors_by_name, reading about (offset + limit) × 5 rows
 * at most, instead of sorting every match (28 ms for 100,000). Fewer: the matches are sorted, since the walk could
 * read the whole index first when they sit together late in the order ("Zach": 47 ms). reltuples is the
 * planner's own row count, free to read; before any ANALYZE it is -1, and the sort is the safe choice.
 */
const BROAD = `SELECT total.n >= 0.2 * c.reltuples AND c.reltuples > 0 AS yes FROM total, pg_class c WHERE c.oid = 'debtors'::regclass`;

/**
 * The statement a non-empty query runs: its page and its number of matches, in one round trip (a row with null
 * id when the page is empty). The count comes from the parts' bitmaps; then one of the page's two ways runs
 * (BROAD, decided once), the other's one-time filter being false.
 */
export function pgSearchStatement(query: string, offset: number, limit: number): { text: string; values: unknown[] } {
  const search = buildPgSearch(normalizeQuery(query));
  const page = `LIMIT $${search.params.length + 1} OFFSET $${search.params.length + 2}`;
  return {
    text: `WITH total AS MATERIALIZED (SELECT count(*)::int AS n FROM debtors d WHERE ${search.where}),
      broad AS MATERIALIZED (${BROAD}),
      page AS (
        (SELECT ${PAGE_COLUMNS} FROM debtors d
          WHERE (SELECT yes FROM broad) AND ${search.where} ORDER BY ${SORT_NAME}, d.file_number, d.id ${page})
        UNION ALL
        -- OFFSET 0 keeps the matches' scan apart from the order, so it is never the index walk.
        (SELECT * FROM (SELECT ${PAGE_COLUMNS} FROM debtors d
          WHERE NOT (SELECT yes FROM broad) AND ${search.where} OFFSET 0) m ORDER BY sort_name, file_number, id ${page}))
      SELECT (SELECT n FROM total) AS total, d.* FROM (SELECT 1) AS one LEFT JOIN (
        SELECT ${DEBTOR_COLUMNS}, d.sort_name FROM page d JOIN clients c ON c.id = d.client_id
      ) d ON true ORDER BY d.sort_name, d.file_number, d.id`,
    values: [...search.params, limit, offset],
  };
}


async function setMark(db: Db, table: 'phones' | 'debtors', id: number, mark: StoredDoNotCall | null): Promise<void> {
  const result = await db.query(`UPDATE ${table} SET do_not_call_at = $1, do_not_call_by = $2 WHERE id = $3`, [mark?.at ?? null, mark?.by ?? null, id]);
  if (result.rowCount === 0) throw new UserError(table === 'phones' ? 'That phone number no longer exists. Search again.' : 'That debtor no longer exists. Search again.');
}

export function createPgDebtorsRepo(db: Db): DebtorsRepo {
  const withPhones = async (rows: readonly Row[]): Promise<DebtorRow[]> => {
    const debtors = rows.map(toDebtor);
    const byDebtor = new Map<number, PhoneRow[]>(debtors.map((d) => [d.id, []]));
    if (debtors.length > 0) {
      const phones = await all(db, 'SELECT id, debtor_id, label, number FROM phones WHERE debtor_id = ANY($1::int[]) ORDER BY debtor_id, id', [
        debtors.map((d) => d.id),
      ]);
      for (const phone of phones) {
        byDebtor.get(readInt(phone, 'debtor_id'))?.push({ id: readInt(phone, 'id'), label: readText(phone, 'label'), number: readText(phone, 'number') });
      }
    }
    return debtors.map((debtor) => ({ ...debtor, phones: byDebtor.get(debtor.id) ?? [] }));
  };

  const allDebtors = async (offset: number, limit: number): Promise<DebtorPage> => {
    const [rows, count] = await Promise.all([
      all(db, `SELECT ${DEBTOR_COLUMNS} FROM debtors d JOIN clients c ON c.id = d.client_id ${ORDER} LIMIT $1 OFFSET $2`, [limit, offset]),
      one(db, 'SELECT count(*)::int AS n FROM debtors'),
    ]);
    return { rows: await withPhones(rows), total: readInt(count ?? {}, 'n') };
  };

  return {
    async search(query, offset, limit) {
      checkPaging(offset, limit);
      if (normalizeQuery(query) === '') return allDebtors(offset, limit);
      const statement = pgSearchStatement(query, offset, limit);
      const rows = (await db.query(statement.text, statement.values)).rows;
      return { rows: await withPhones(rows.filter((row) => row['id'] !== null)), total: readInt(rows[0] ?? {}, 'total') };
    },
    async phoneContext(phoneId) {
      const row = await one(db, `SELECT ${PHONE_CONTEXT_COLUMNS} ${phoneJoin('$1')}`, [phoneId]);
      return row === undefined ? null : toPhoneContext(row);
    },
    async callFacts(phoneId) {
      const row = await one(db, callFactsSql('$1'), [phoneId]);
      return row === undefined ? null : toCallFacts(row);
    },
    setPhoneDoNotCall: async (phoneId, mark) => setMark(db, 'phones', phoneId, mark),
    setDebtorDoNotCall: async (debtorId, mark) => setMark(db, 'debtors', debtorId, mark),
  };
}
