import { escapeLike, foldedWords, foldText } from './pg-search-text.ts';

/**
 * A search box query as one condition on a debtor row `d`, each of its parts served by an index of the
 * debtors table (see pg-migration-steps.ts), finding what the SQLite search finds (debtor-search-sql.ts):
 * - debtor name: every query word starts a word of the name (debtors_word_grams) and, for 3+ characters,
 *   the query anywhere in the name (debtors_name_grams);
 * - file number: prefix (the unique btree, C collation);
 * - client: number equal to the query, or name matching like a debtor name (clients are few: scanned once,
 *   before, then debtors_by_client);
 * - phone: the query's digits, when 3 or more, anywhere in one of the debtor's phones (debtors.search_digits,
 *   each phone's digits after a space, and debtors_digit_grams).
 * All on one table, so PostgreSQL ORs the parts' bitmaps (no UNION to sort and de-duplicate) for the count,
 * and for a broad query walks debtors_by_name until the page is full.
 */
export type PgSearch = { readonly where: string; readonly params: unknown[] };

const MIN_SUBSTRING = 3;

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
  if (words.length > 0) parts.push(`(${words.map((w) => `d.search_words LIKE ${param(`% ${escapeLike(w)}%`)}`).join(' AND ')})`);
  if (long) parts.push(`d.search_name LIKE ${param(`%${escapeLike(foldText(query))}%`)}`);
  parts.push(`d.file_number LIKE ${param(`${escapeLike(query)}%`)}`);

  const like = escapeLike(query);
  const clientName = long
    ? `lower(name COLLATE "C") LIKE lower(${param(`%${like}%`)} COLLATE "C")`
    : `(lower(name COLLATE "C") LIKE lower(${param(`${like}%`)} COLLATE "C") OR lower(name COLLATE "C") LIKE lower(${param(`% ${like}%`)} COLLATE "C"))`;
  // ARRAY(...) runs once, before: debtors_by_client then serves the lookup whatever the planner guesses.
  parts.push(`d.client_id = ANY (ARRAY(SELECT id FROM clients WHERE lower(number COLLATE "C") = lower(${param(query)} COLLATE "C") OR ${clientName}))`);

  const digits = query.replace(/\D/g, '');
  // The digits contain no space, so a match never runs from one phone into the next.
  if (digits.length >= MIN_SUBSTRING) parts.push(`d.search_digits LIKE ${param(`%${digits}%`)}`);
  return { where: `(${parts.join('\n  OR ')})`, params };
}
