import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { DebtorRow, PhoneRow } from '../../shared/ipc-contract.ts';
import { buildSearchSql, normalizeQuery } from './debtor-search-sql.ts';
import { readInt, readText, type Row } from './row-values.ts';
import type { DebtorsRepo, PhoneContext } from './store.ts';
import { StoreError } from './store-error.ts';

const DEBTOR_COLUMNS = `d.id, d.file_number, d.name, c.number AS client_number, c.name AS client_name`;
const ORDER = 'ORDER BY d.name COLLATE NOCASE, d.file_number, d.id';

type DebtorFields = Omit<DebtorRow, 'phones'>;

function toDebtor(row: Row): DebtorFields {
  return {
    id: readInt(row, 'id'),
    fileNumber: readText(row, 'file_number'),
    name: readText(row, 'name'),
    clientNumber: readText(row, 'client_number'),
    clientName: readText(row, 'client_name'),
  };
}

function toPhoneContext(row: Row): PhoneContext {
  return {
    phoneId: readInt(row, 'phone_id'),
    label: readText(row, 'label'),
    number: readText(row, 'number'),
    debtorId: readInt(row, 'debtor_id'),
    debtorName: readText(row, 'debtor_name'),
    fileNumber: readText(row, 'file_number'),
    clientNumber: readText(row, 'client_number'),
  };
}

function checkPaging(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError(`A search offset must be a whole number of 0 or more, not ${offset}.`);
  if (!Number.isInteger(limit) || limit < 1) throw new StoreError(`A search limit must be a whole number of at least 1, not ${limit}.`);
}

export function createDebtorsRepo(db: DatabaseSync): DebtorsRepo {
  // A query's shape (which branches apply) varies a little; each shape is prepared once.
  const statements = new Map<string, StatementSync>();
  const prepared = (sql: string): StatementSync => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const phonesOf = (debtorIds: readonly number[]): Map<number, PhoneRow[]> => {
    const byDebtor = new Map<number, PhoneRow[]>(debtorIds.map((id) => [id, []]));
    const rows = prepared(
      `SELECT id, debtor_id, label, number FROM phones
       WHERE debtor_id IN (SELECT value FROM json_each(?)) ORDER BY debtor_id, id`,
    ).all(JSON.stringify(debtorIds));
    for (const row of rows) {
      byDebtor.get(readInt(row, 'debtor_id'))?.push({
        id: readInt(row, 'id'),
        label: readText(row, 'label'),
        number: readText(row, 'number'),
      });
    }
    return byDebtor;
  };

  const withPhones = (rows: readonly Row[]): DebtorRow[] => {
    const debtors = rows.map(toDebtor);
    const phones = phonesOf(debtors.map((d) => d.id));
    return debtors.map((debtor) => ({ ...debtor, phones: phones.get(debtor.id) ?? [] }));
  };

  /**
   * The page and the total in one statement, so a query's matching set is built once for both (its
   * CTE is read twice, so SQLite materializes it): for a broad query such as "212-555" (27,000 of
   * 100,000 debtors) building the set took as long as sorting it. Past the last row no row carries
   * the total, so it is then counted on its own.
   */
  const page = (sqlHead: string, from: string, params: Record<string, SQLInputValue>, offset: number, limit: number) => {
    const rows = prepared(
      `${sqlHead} SELECT ${DEBTOR_COLUMNS}, (SELECT count(*) ${from}) AS total
       ${from} JOIN clients c ON c.id = d.client_id ${ORDER} LIMIT $limit OFFSET $offset`,
    ).all({ ...params, limit, offset });
    const first = rows[0];
    const total = first === undefined ? readInt(prepared(`${sqlHead} SELECT count(*) AS total ${from}`).get(params) ?? {}, 'total') : readInt(first, 'total');
    return { rows: withPhones(rows), total };
  };

  return {
    search(query, offset, limit) {
      checkPaging(offset, limit);
      const normalized = normalizeQuery(query);
      if (normalized === '') return page('', 'FROM debtors d', {}, offset, limit);
      const { matchedCte, params } = buildSearchSql(normalized);
      return page(matchedCte, 'FROM matched m JOIN debtors d ON d.id = m.id', params, offset, limit);
    },
    phoneContext(phoneId) {
      const row = prepared(
        `SELECT p.id AS phone_id, p.label, p.number, d.id AS debtor_id, d.name AS debtor_name, d.file_number,
                c.number AS client_number
         FROM phones p JOIN debtors d ON d.id = p.debtor_id JOIN clients c ON c.id = d.client_id
         WHERE p.id = ?`,
      ).get(phoneId);
      return row === undefined ? null : toPhoneContext(row);
    },
  };
}
