/**
 * The text PostgreSQL search matches against, made by the app so both sides of every LIKE are folded the
 * same way (SQLite's FTS5 does this inside its tokenizers): lower case, accents removed, so "jose"
 * finds "José" and "SMI" finds "Smith".
 */

/** Word characters as SQLite's unicode61 tokenizer sees them (debtor-search-sql.ts uses the same). */
const WORD = /[\p{L}\p{N}]+/gu;

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded words of `text`; empty when it has none. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** debtors.search_name: the whole name folded, for substring matches. */
export function searchName(name: string): string {
  return foldText(name);
}

/** debtors.search_words: each folded word after a space, so `LIKE '% smi%'` is "a word starts with smi". */
export function searchWords(name: string): string {
  return foldedWords(name).map((word) => ` ${word}`).join('');
}

/** debtors.search_digits: each of the debtor's phones' digits after a space, so one LIKE finds a phone's digits. */
export function searchDigits(phoneDigits: readonly string[]): string {
  return phoneDigits.map((digits) => ` ${digits}`).join('');
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
