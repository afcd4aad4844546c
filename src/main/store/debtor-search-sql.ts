/**
 * Turns a search box query into a condition on a debtor row `d`, each part of it served by an index:
 * - debtor name: FTS5 word prefixes (any length) and, for 3+ characters, FTS5 trigram substrings;
 * - file number: prefix (LIKE 'q%' on the NOCASE column; a range of the unique index when used alone);
 * - client: number equal to the query, or name matching like a debtor name (clients are few, so
 *   that table is scanned), then the client's debtors;
 * - phone: the query's digits, when 3 or more, as a trigram substring of phones.digits.
 *
 * A condition rather than a set of ids, so the repository can also test debtors as it walks them in
 * name order (debtors-repo.ts): for a broad query the first page is then found without building,
 * sorting and de-duplicating every match.
 */
export type SearchSql = {
  /**
   * True for a debtor row `d` (a row of debtors) that matches the query. Each `IN (subquery)` runs
   * once per statement, so this suits testing every debtor (counting, collecting the matches).
   */
  readonly matches: string;
  /**
   * The same test with the phone part checked on `d`'s own phones (`instr` on their digits, which is
   * what the trigram phrase matches), for a walk that tests a few hundred debtors: gathering every phone
   * hit's debtor first costs 12 ms for "212-555" (30,000 phones). The other parts are as in `matches`.
   */
  readonly matchesWalked: string;
  /** The query has a phone part: `matches` then gathers every phone hit's debtor, its costly step. */
  readonly searchesPhones: boolean;
  readonly params: Record<string, string>;
};

const MIN_SUBSTRING = 3;

/** Word characters as FTS5's unicode61 tokenizer sees them. */
const WORD = /[\p{L}\p{N}]+/gu;

export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/** `"anna"* AND "smi"*`: every word of the query is the start of some word of the name. */
function wordPrefixQuery(query: string): string | null {
  const words = query.match(WORD);
  return words === null ? null : words.map((word) => `"${word}"*`).join(' AND ');
}

/** An FTS5 phrase: quotes doubled, so the query is taken literally. */
function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `query` must already be normalized and non-empty. */
export function buildSearchSql(query: string): SearchSql {
  const terms: string[] = [];
  const params: Record<string, string> = {};
  const long = [...query].length >= MIN_SUBSTRING;
  const like = escapeLike(query);

  const words = wordPrefixQuery(query);
  if (words !== null) {
    terms.push('d.id IN (SELECT rowid FROM debtor_name_words WHERE debtor_name_words MATCH $words)');
    params.words = words;
  }
  if (long) {
    terms.push('d.id IN (SELECT rowid FROM debtor_name_grams WHERE debtor_name_grams MATCH $grams)');
    params.grams = phrase(query);
  }

  terms.push(`d.file_number LIKE $filePrefix ESCAPE '\\'`);
  params.filePrefix = `${like}%`;

  const clientName = long
    ? `name LIKE $clientAnywhere ESCAPE '\\'`
    : `(name LIKE $clientStart ESCAPE '\\' OR name LIKE $clientWordStart ESCAPE '\\')`;
  if (long) params.clientAnywhere = `%${like}%`;
  else {
    params.clientStart = `${like}%`;
    params.clientWordStart = `% ${like}%`;
  }
  terms.push(`d.client_id IN (SELECT id FROM clients WHERE number = $clientNumber OR ${clientName})`);
  params.clientNumber = query;

  const walkedTerms = [...terms];
  const digits = query.replace(/\D/g, '');
  if (digits.length >= MIN_SUBSTRING) {
    terms.push(`d.id IN (SELECT p.debtor_id FROM phone_digit_grams g JOIN phones p ON p.id = g.rowid
                         WHERE g.phone_digit_grams MATCH $digits)`);
    walkedTerms.push('EXISTS (SELECT 1 FROM phones p WHERE p.debtor_id = d.id AND instr(p.digits, $digitsText) > 0)');
    params.digits = phrase(digits);
    params.digitsText = digits;
  }

  return {
    matches: `(${terms.join('\n  OR ')})`,
    matchesWalked: `(${walkedTerms.join('\n  OR ')})`,
    searchesPhones: digits.length >= MIN_SUBSTRING,
    params,
  };
}
