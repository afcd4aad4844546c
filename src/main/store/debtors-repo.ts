import type { DatabaseSync } from 'node:sqlite';
import type { DebtorPage, DebtorRow, PhoneRow } from '../../shared/ipc-contract.ts';
import { buildSearchSql, normalizeQuery, type SearchSql } from './debtor-search-sql.ts';
import { readInt, readText, type Row } from './row-values.ts';
import { createStatementCache } from './statement-cache.ts';
import type { StoredDoNotCall } from './contract.ts';
import { callFactsSql, PHONE_CONTEXT_COLUMNS, phoneJoin, toCallFacts, toPhoneContext } from './call-facts.ts';
import type { SyncDebtorsRepo } from './sync-repos.ts';
import { UserError } from '../errors.ts';

const DEBTOR_COLUMNS = `d.id, d.file_number, d.name, c.number AS client_number, c.name AS client_name`;
const ORDER = 'ORDER BY d.name COLLATE NOCASE, d.file_number, d.id';

/**
 * The fewest debtors, in name order, a walk for a page looks at (see pageSql). A walk that finds too
 * few there has cost a few milliseconds before the matches are sorted after all; one that succeeds
 * spares collecting and sorting every match (30 ms or more for "1", which matches all 100,000 file numbers).
 */
export const WALK_WINDOW = 4000;

/** How a page of matches was found (see pageSql): told to DebtorsRepoOptions.onPaged. */
export type PagedBy = 'walk' | 'sort' | 'walk, then sort';

export type DebtorsRepoOptions = {
  /** The fewest rows a walk looks at (default WALK_WINDOW); tests lower it to reach each way of paging. */
  readonly walkWindow?: number;
  /** Told how each page of a non-empty query was found, for tests that check every way gives the same page. */
  readonly onPaged?: (by: PagedBy, counted: boolean) => void;
};

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

function checkPaging(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw new UserError(`A search offset must be a whole number of 0 or more, not ${offset}.`);
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`A search limit must be a whole number of at least 1, not ${limit}.`);
}

export function createDebtorsRepo(db: DatabaseSync, options: DebtorsRepoOptions = {}): SyncDebtorsRepo {
  const firstWindow = options.walkWindow ?? WALK_WINDOW;
  // A query's shape (which parts apply) varies a little; each shape is prepared once.
  const prepared = createStatementCache(db);

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

  /** Changes whenever debtors may have changed: a commit by another connection (an import) or by this one. */
  const dataVersion = (): string => {
    const row = prepared('SELECT data_version, total_changes() AS changes FROM pragma_data_version').get() ?? {};
    return `${readInt(row, 'data_version')}.${readInt(row, 'changes')}`;
  };
  // SQLite keeps a table's row count at hand: this costs microseconds, not a scan.
  const debtorCount = (): number => readInt(prepared('SELECT count(*) AS n FROM debtors').get() ?? {}, 'n');

  // The last query's count, so scrolling through its pages does not count its matches again.
  let counted: { query: string; version: string; total: number } | null = null;

  const allDebtors = (offset: number, limit: number): DebtorPage => {
    const rows = prepared(`SELECT ${DEBTOR_COLUMNS} FROM debtors d JOIN clients c ON c.id = d.client_id ${ORDER} LIMIT $limit OFFSET $offset`).all({ limit, offset });
    return { rows: withPhones(rows), total: debtorCount() };
  };

  /**
   * One run of pageSql. With `total` null it counts the matches; with `total` given, `walk` false has
   * it sort them whatever their number (after a walk fell short).
   */
  const runPage = (search: SearchSql, offset: number, limit: number, total: number | null, walk = true) => {
    const debtors = debtorCount();
    const counting: Counting =
      total !== null ? { by: 'given', total, walk }
      : search.searchesPhones ? { by: 'counting' }
      : { by: 'collecting', few: fewestWalked(offset, limit, debtors) };
    const paging = { offset, limit, least: firstWindow, debtors, ...countingParams(counting) };
    const rows = prepared(pageSql(search, counting)).all({ ...search.params, ...paging });
    const first = rows[0] ?? {};
    return { total: readInt(first, 'total'), walked: readInt(first, 'walk_rows') > 0, rows: rows.filter((row) => row['id'] !== null) };
  };

  const searchFor = (query: string, offset: number, limit: number): DebtorPage => {
    const search = buildSearchSql(query);
    const version = dataVersion();
    const known = counted?.query === query && counted.version === version ? counted.total : null;
    let page = runPage(search, offset, limit, known);
    counted = { query, version, total: page.total };
    let by: PagedBy = page.walked ? 'walk' : 'sort';
    // A walk's page is the page only if it is full or holds every match from `offset` on; else the
    // matches lay bunched further on in name order than the walk went.
    if (page.walked && page.rows.length < limit && offset + page.rows.length < page.total) {
      page = runPage(search, offset, limit, page.total, false);
      by = 'walk, then sort';
    }
    options.onPaged?.(by, known === null);
    return { rows: withPhones(page.rows), total: page.total };
  };

  const setMark = (table: 'phones' | 'debtors', id: number, mark: StoredDoNotCall | null): void => {
    const changed = prepared(`UPDATE ${table} SET do_not_call_at = ?, do_not_call_by = ? WHERE id = ?`).run(mark?.at ?? null, mark?.by ?? null, id).changes;
    if (Number(changed) === 0) throw new UserError(table === 'phones' ? 'That phone number no longer exists. Search again.' : 'That debtor no longer exists. Search again.');
  };

  return {
    search(query, offset, limit) {
      checkPaging(offset, limit);
      const normalized = normalizeQuery(query);
      return normalized === '' ? allDebtors(offset, limit) : searchFor(normalized, offset, limit);
    },
    phoneContext(phoneId) {
      const row = prepared(`SELECT ${PHONE_CONTEXT_COLUMNS} ${phoneJoin('?')}`).get(phoneId);
      return row === undefined ? null : toPhoneContext(row);
    },
    callFacts(phoneId) {
      const row = prepared(callFactsSql('?')).get(phoneId);
      return row === undefined ? null : toCallFacts(row);
    },
    setPhoneDoNotCall(phoneId, mark) {
      setMark('phones', phoneId, mark);
    },
    setDebtorDoNotCall(debtorId, mark) {
      setMark('debtors', debtorId, mark);
    },
  };
}

/** How pageSql learns a query's number of matches. */
type Counting =
  | { readonly by: 'given'; readonly total: number; readonly walk: boolean }
  | { readonly by: 'collecting'; readonly few: number }
  | { readonly by: 'counting' };

/**
 * A page of a query's matches, found whichever way costs less, and their number, as one statement:
 * - `counted`: the number of matches. When it is not known yet, a query without a phone part first
 *   collects up to $few matches (see fewestWalked): if there are fewer, that set is all of them, to be
 *   sorted, and counting it is free; else they are counted on their own. With a phone part, collecting
 *   and counting would each gather every phone hit (12 ms for "212-555", 30,000 phones), so the
 *   matches are counted first and collected only if they are to be sorted.
 * - `plan`: how many debtors in name order to walk for the page, or 0 to sort the matches instead. If
 *   the matches were spread evenly, passing $offset + $limit of them takes (offset + limit) ×
 *   debtors / total rows; the walk gets twice that (and at least $least rows) for unevenness. Walking
 *   a row and collecting a match cost about the same (1–2.5 µs each at 100,000 debtors, measured), so
 *   the walk is taken only while that expectation is at most a third of the matches: even with its
 *   margin it then looks at fewer debtors than sorting would collect.
 * - `edge`/`walk`: the matches in name order (debtors_by_name, the list's order), paged, among the
 *   debtors up to the name of the walk_rows-th one (and any more of that name: still a first part of
 *   the order, so what the walk finds there are the first matches of all). The index gives the order,
 *   so the walk stops at its page's last match; the edge stops it when matches are too few.
 * - `sorted`: every match, sorted, paged. A LIMIT of 0 skips whichever of walk and sorted is not
 *   taken (SQLite then does not run it), and the LEFT JOIN returns the number even with no rows.
 */
function pageSql(search: SearchSql, counting: Counting): string {
  const { matches } = search;
  const collected = `(SELECT d.id FROM debtors d WHERE ${matches}
      LIMIT (SELECT CASE WHEN walk_rows = 0 AND total > $offset THEN -1 ELSE 0 END FROM plan))`;
  const head = {
    given: 'counted (total) AS (SELECT $total),',
    counting: `counted (total) AS MATERIALIZED (SELECT count(*) FROM debtors d WHERE ${matches}),`,
    collecting: `matched (id) AS MATERIALIZED (SELECT d.id FROM debtors d WHERE ${matches} LIMIT $few),
  counted (total) AS MATERIALIZED (
    SELECT CASE WHEN n < $few THEN n ELSE (SELECT count(*) FROM debtors d WHERE ${matches}) END
    FROM (SELECT count(*) AS n FROM matched)),`,
  }[counting.by];
  return `WITH
  ${head}
  plan (total, walk_rows) AS MATERIALIZED (
    SELECT total, CASE WHEN $walk AND total > $offset AND 3 * ($offset + $limit) * $debtors <= total * total
                   THEN min($debtors, max($least, CAST(2 * ($offset + $limit) * $debtors / total AS INTEGER) + 1)) ELSE 0 END
    FROM counted),
  edge (name) AS MATERIALIZED (
    SELECT name FROM debtors INDEXED BY debtors_by_name ORDER BY name COLLATE NOCASE, file_number, id
    LIMIT 1 OFFSET (SELECT walk_rows - 1 FROM plan)),
  walk AS (
    SELECT d.id, d.name, d.file_number, d.client_id FROM debtors d INDEXED BY debtors_by_name
    WHERE d.name COLLATE NOCASE <= (SELECT name FROM edge) AND ${search.matchesWalked}
    ${ORDER} LIMIT (SELECT CASE WHEN walk_rows > 0 THEN $limit ELSE 0 END FROM plan) OFFSET $offset),
  sorted AS (
    SELECT d.id, d.name, d.file_number, d.client_id
    FROM ${counting.by === 'collecting' ? 'matched' : collected} AS m CROSS JOIN debtors d ON d.id = m.id
    ${ORDER} LIMIT (SELECT CASE WHEN walk_rows = 0 THEN $limit ELSE 0 END FROM plan) OFFSET $offset)
  SELECT t.total, t.walk_rows, ${DEBTOR_COLUMNS}
  FROM plan t LEFT JOIN (SELECT * FROM walk UNION ALL SELECT * FROM sorted) d LEFT JOIN clients c ON c.id = d.client_id
  ${ORDER}`;
}

/** The bound parameters `counting` adds to pageSql's. */
function countingParams(counting: Counting): Record<string, number> {
  if (counting.by === 'given') return { total: counting.total, walk: counting.walk ? 1 : 0 };
  return { walk: 1, ...(counting.by === 'collecting' ? { few: counting.few } : {}) };
}

/**
 * The fewest matches for which pageSql walks: the least n with n × n ≥ 3 × (offset + limit) × debtors.
 * Below it, collecting every match to sort costs less than walking.
 */
export function fewestWalked(offset: number, limit: number, debtors: number): number {
  const bound = 3 * (offset + limit) * debtors;
  let n = Math.floor(Math.sqrt(bound));
  while (n * n < bound) n += 1;
  while (n > 0 && (n - 1) * (n - 1) >= bound) n -= 1;
  return n;
}
