/**
 * Turns a search box query into SQL whose every branch is served by an index:
 * - debtor name: FTS5 word prefixes (any length) and, for 3+ characters, FTS5 trigram substrings;
 * - file number: prefix, via the NOCASE unique index (LIKE 'q%' becomes a range scan);
 * - client: number equal to the query, or name matching like a debtor name (clients are few, so
 *   that table is scanned), then the client's debtors via debtors_by_client;
 * - phone: the query's digits, when 3 or more, as a trigram substring of phones.digits.
 */
export type SearchSql = {
  /** A CTE `matched(id)` naming every matching debtor once. */
  readonly matchedCte: string;
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
  const branches: string[] = [];
  const params: Record<string, string> = {};
  const long = [...query].length >= MIN_SUBSTRING;
  const like = escapeLike(query);

  const words = wordPrefixQuery(query);
  if (words !== null) {
    branches.push('SELECT rowid AS id FROM debtor_name_words WHERE debtor_name_words MATCH $words');
    params.words = words;
  }
  if (long) {
    branches.push('SELECT rowid AS id FROM debtor_name_grams WHERE debtor_name_grams MATCH $grams');
    params.grams = phrase(query);
  }

  branches.push(`SELECT id FROM debtors WHERE file_number LIKE $filePrefix ESCAPE '\\'`);
  params.filePrefix = `${like}%`;

  const clientName = long
    ? `name LIKE $clientAnywhere ESCAPE '\\'`
    : `(name LIKE $clientStart ESCAPE '\\' OR name LIKE $clientWordStart ESCAPE '\\')`;
  if (long) params.clientAnywhere = `%${like}%`;
  else {
    params.clientStart = `${like}%`;
    params.clientWordStart = `% ${like}%`;
  }
  branches.push(
    `SELECT id FROM debtors WHERE client_id IN (SELECT id FROM clients WHERE number = $clientNumber OR ${clientName})`,
  );
  params.clientNumber = query;

  const digits = query.replace(/\D/g, '');
  if (digits.length >= MIN_SUBSTRING) {
    branches.push(
      `SELECT debtor_id AS id FROM phones WHERE id IN
         (SELECT rowid FROM phone_digit_grams WHERE phone_digit_grams MATCH $digits)`,
    );
    params.digits = phrase(digits);
  }

  return { matchedCte: `WITH matched (id) AS (${branches.join('\nUNION\n')})`, params };
}
