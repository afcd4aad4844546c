import type { DebtorRow } from '../../../shared/ipc-contract.ts';

/** Rows a virtualized list asks main for at a time. */
export const PAGE_SIZE = 100;

/** The pages of a long list that have arrived, by page number: the debtor list's and the dial log's. */
export type RowPages<T> = Readonly<Record<number, readonly T[]>>;
export type DebtorPages = RowPages<DebtorRow>;

/** The pages that hold rows `first`..`last` (inclusive) of a list of `total` rows. */
export function pagesForRange(first: number, last: number, total: number, pageSize = PAGE_SIZE): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.max(0, Math.floor(first / pageSize));
  const to = Math.floor(Math.min(last, total - 1) / pageSize);
  const pages: number[] = [];
  for (let page = from; page <= to; page += 1) pages.push(page);
  return pages;
}

/** The row at `index`, or undefined while its page has not arrived. */
export function rowAt<T>(pages: RowPages<T>, index: number, pageSize = PAGE_SIZE): T | undefined {
  return pages[Math.floor(index / pageSize)]?.[index % pageSize];
}
