import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DebtorPage, DebtorRow } from '../../../../src/shared/ipc-contract.ts';

type Store = typeof import('../../../../src/renderer/src/store/debtors-store.ts').useDebtorsStore;
let useDebtorsStore: Store;

/** window.softphone with only searchDebtors, whose replies arrive when the test says so. */
function installSearch() {
  const calls: { query: string; offset: number; answer: (page: DebtorPage) => Promise<void> }[] = [];
  const searchDebtors = (query: string, offset: number): Promise<DebtorPage> =>
    new Promise((resolve) => {
      calls.push({
        query,
        offset,
        answer: async (page) => {
          resolve(page);
          // Let the store's continuation and the next queued search run.
          for (let i = 0; i < 10; i += 1) await Promise.resolve();
        },
      });
    });
  Object.assign(globalThis, { window: { softphone: { searchDebtors } } });
  return calls;
}

const debtor = (id: number, name: string): DebtorRow => ({ id, fileNumber: String(id), name, clientNumber: '1', clientName: 'C', phones: [] });
const shown = () => {
  const { resultsQuery, total, searching, pages } = useDebtorsStore.getState();
  return { resultsQuery, total, searching, names: (pages[0] ?? []).map((row) => row.name) };
};

describe('the debtor search as the user types', () => {
  // A fresh module each time: the store keeps its search state (one search at a time) at module level.
  beforeEach(async () => {
    vi.resetModules();
    ({ useDebtorsStore } = await import('../../../../src/renderer/src/store/debtors-store.ts'));
  });

  it('shows a reply that answers the text in the box', async () => {
    const calls = installSearch();
    useDebtorsStore.getState().setQuery('ann');
    expect(calls.map((c) => c.query)).toEqual(['ann']);
    expect(shown()).toEqual({ resultsQuery: null, total: 0, searching: true, names: [] });

    await calls[0]?.answer({ rows: [debtor(1, 'Anna')], total: 1 });
    expect(shown()).toEqual({ resultsQuery: 'ann', total: 1, searching: false, names: ['Anna'] });
  });

  it('never shows the reply to text the box no longer holds, and searches the newest text next', async () => {
    const calls = installSearch();
    const store = useDebtorsStore.getState();
    store.setQuery('a');
    store.setQuery('an');
    store.setQuery('ann');
    // One search at a time: the later keystrokes wait as one more search.
    expect(calls.map((c) => c.query)).toEqual(['a']);

    await calls[0]?.answer({ rows: [debtor(1, 'Abe'), debtor(2, 'Anna')], total: 2 });
    expect(shown()).toEqual({ resultsQuery: null, total: 0, searching: true, names: [] });
    expect(calls.map((c) => c.query)).toEqual(['a', 'ann']);

    await calls[1]?.answer({ rows: [debtor(2, 'Anna')], total: 1 });
    expect(shown()).toEqual({ resultsQuery: 'ann', total: 1, searching: false, names: ['Anna'] });
  });

  it('keeps the last shown results, marked as updating, until the newest text is answered', async () => {
    const calls = installSearch();
    const store = useDebtorsStore.getState();
    store.setQuery('ann');
    await calls[0]?.answer({ rows: [debtor(2, 'Anna')], total: 1 });
    store.setQuery('anne');
    store.setQuery('ann');
    store.setQuery('anna');

    await calls[1]?.answer({ rows: [], total: 0 });
    expect(calls.map((c) => c.query)).toEqual(['ann', 'anne', 'anna']);
    expect(shown()).toEqual({ resultsQuery: 'ann', total: 1, searching: true, names: ['Anna'] });

    await calls[2]?.answer({ rows: [debtor(2, 'Anna')], total: 1 });
    expect(shown()).toEqual({ resultsQuery: 'anna', total: 1, searching: false, names: ['Anna'] });
  });

  it('drops a page that arrives for an earlier search', async () => {
    const calls = installSearch();
    const store = useDebtorsStore.getState();
    store.setQuery('a');
    await calls[0]?.answer({ rows: Array.from({ length: 100 }, (_, i) => debtor(i + 1, `A${i}`)), total: 150 });
    store.ensureRows(90, 120);
    expect(calls.map((c) => [c.query, c.offset])).toEqual([['a', 0], ['a', 100]]);

    store.setQuery('ab');
    await calls[1]?.answer({ rows: [debtor(999, 'Late')], total: 150 });
    await calls[2]?.answer({ rows: [debtor(7, 'Abe')], total: 1 });
    expect(shown()).toEqual({ resultsQuery: 'ab', total: 1, searching: false, names: ['Abe'] });
    expect(useDebtorsStore.getState().pages[1]).toBeUndefined();
  });
});
