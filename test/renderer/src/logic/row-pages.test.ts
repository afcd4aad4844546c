import { describe, expect, it } from 'vitest';
import type { DebtorRow } from '../../../../src/shared/ipc-contract.ts';
import { PAGE_SIZE, pagesForRange, rowAt } from '../../../../src/renderer/src/logic/row-pages.ts';

const row = (id: number): DebtorRow => ({ id, fileNumber: String(id), name: `Debtor ${id}`, clientNumber: '24', clientName: 'Acme', phones: [] });

describe('pagesForRange', () => {
  it('fetches pages of 100', () => {
    expect(PAGE_SIZE).toBe(100);
  });

  it('covers a range inside one page with that page', () => {
    expect(pagesForRange(0, 20, 2500)).toEqual([0]);
    expect(pagesForRange(100, 199, 2500)).toEqual([1]);
  });

  it('covers a range across a page boundary with both pages', () => {
    expect(pagesForRange(95, 112, 2500)).toEqual([0, 1]);
  });

  it('stops at the last row that exists', () => {
    expect(pagesForRange(240, 400, 250)).toEqual([2]);
  });

  it('asks for nothing in an empty list or an empty range', () => {
    expect(pagesForRange(0, -1, 250)).toEqual([]);
    expect(pagesForRange(0, 10, 0)).toEqual([]);
  });
});

describe('rowAt', () => {
  it('finds a row in its page, and nothing where the page has not arrived', () => {
    const pages = { 1: [row(100), row(101)] };
    expect(rowAt(pages, 101)?.name).toBe('Debtor 101');
    expect(rowAt(pages, 5)).toBeUndefined();
    expect(rowAt(pages, 102)).toBeUndefined();
  });
});
