import { escapeLike, foldedWords, foldText } from './pg-search-text.ts';

/**
 * A search box query as a set of debtor ids, each part served by an index (see pg-migration-steps.ts),
 * finding what the SQLite search finds (debtor-search-sql.ts):
 * - debtor name: every query word starts a word of the name (debtors_word_grams) and, for 3+ characters,
 *   the query anywhere in the name (debtors_name_grams);
 * - file number: prefix (the unique btree, C collation);
 * - client: number equal to the query, or name matching like a debtor name (clients are few: scanned);
 * - phone: the query's digits, when 3 or more, anywhere in phones.digits (phones_digit_grams).
 * `matched` is a UNION of those sets, so each is an index scan of its own; each part returns the debtor's id
 * and sort key (`SORT_COLUMNS`), so a page is sorted from what the scans fetched, not joined back first.
 */
export type PgSearch = { readonly matched: string; readonly params: unknown[] };

const MIN_SUBSTRING = 3;

/** What each part of `matched` returns for a debtor row `d`: its id and its place in the list's order. */
export const SORT_COLUMNS = 'd.id, lower(d.name COLLATE "C") COLLATE "C" AS sort_name, d.file_number';

/** `query` must already be normalized (normalizeQuery) and non-empty. */
export function buildPgSearch(query: string): PgSearch {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  const long = [...query].length >= MIN_SUBSTRING;

  const words = foldedWords(query);
  if (words.length > 0) {
    parts.push(`SELECT ${SORT_COLUMNS} FROM debtors d WHERE ${words.map((w) => `search_words LIKE ${param(`% ${escapeLike(w)}%`)}`).join(' AND ')}`);
  }
  if (long) parts.push(`SELECT ${SORT_COLUMNS} FROM debtors d WHERE search_name LIKE ${param(`%${escapeLike(foldText(query))}%`)}`);
  parts.push(`SELECT ${SORT_COLUMNS} FROM debtors d WHERE file_number LIKE ${param(`${escapeLike(query)}%`)}`);

  const like = escapeLike(query);
  const clientName = long
    ? `lower(name COLLATE "C") LIKE lower(${param(`%${like}%`)} COLLATE "C")`
    : `(lower(name COLLATE "C") LIKE lower(${param(`${like}%`)} COLLATE "C") OR lower(name COLLATE "C") LIKE lower(${param(`% ${like}%`)} COLLATE "C"))`;
  parts.push(
    // ARRAY(...) runs once, before: debtors_by_client then serves the lookup whatever the planner guesses.
    `SELECT ${SORT_COLUMNS} FROM debtors d WHERE client_id = ANY (ARRAY(
       SELECT id FROM clients WHERE lower(number COLLATE "C") = lower(${param(query)} COLLATE "C") OR ${clientName}))`,
  );

  const digits = query.replace(/\D/g, '');
  if (digits.length >= MIN_SUBSTRING) parts.push(`SELECT ${SORT_COLUMNS} FROM debtors d WHERE d.id = ANY (ARRAY(SELECT debtor_id FROM phones WHERE digits LIKE ${param(`%${digits}%`)}))`);
  return { matched: parts.join('\n  UNION '), params };
}
