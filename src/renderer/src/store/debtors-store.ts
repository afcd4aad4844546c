import { create } from 'zustand';
import { PAGE_SIZE, pagesForRange, type DebtorPages } from '../logic/row-pages.ts';
import { errorMessage } from '../logic/error-message.ts';
import { oneAtATime } from '../logic/one-at-a-time.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type DebtorsStore = {
  /** What is in the search box; may run ahead of the results while the user types. */
  readonly query: string;
  /** The query the shown rows answer, or null before the first search. */
  readonly resultsQuery: string | null;
  /** A first search was started (even if it failed): the screen does not start another by itself. */
  readonly started: boolean;
  readonly total: number;
  readonly pages: DebtorPages;
  readonly searching: boolean;
  readonly error: string | null;
  setQuery(query: string): void;
  search(): Promise<void>;
  ensureRows(first: number, last: number): void;
  /** Back to before the first search: the next operator starts with a fresh list. */
  reset(): void;
};

const initial = { query: '', resultsQuery: null, started: false, total: 0, pages: {}, searching: false, error: null } as const;

// One search at a time counts: replies to an older one are dropped, so fast typing never shows stale rows.
let generation = 0;
let requested = new Set<number>();

export const useDebtorsStore = create<DebtorsStore>()((set, get) => {
  // No debounce: a keystroke searches at once; keystrokes during a search become one search after it.
  const searchSoon = oneAtATime(() => get().search());

  async function loadPage(page: number, query: string, gen: number): Promise<void> {
    requested.add(page);
    try {
      const result = await softphone().searchDebtors(query, page * PAGE_SIZE, PAGE_SIZE);
      if (gen !== generation) return;
      set((state) => ({ pages: { ...state.pages, [page]: result.rows }, total: result.total, error: null }));
    } catch (error) {
      // The page stays requested: retrying on every scroll would hammer main with a failing query.
      if (gen === generation) set({ error: errorMessage(error) });
    }
  }

  return {
    ...initial,

    setQuery(query) {
      set({ query });
      searchSoon();
    },

    async search() {
      searchSoon.cancel();
      const gen = ++generation;
      const query = get().query;
      requested = new Set([0]);
      set({ searching: true, started: true });
      // A reply is shown only while it answers what is in the box: if the box changed meanwhile, the
      // search for its new text is already queued (setQuery) and shows instead, so an older result
      // never appears, even briefly, as if it answered the newer text.
      const current = (): boolean => gen === generation && get().query === query;
      try {
        const result = await softphone().searchDebtors(query, 0, PAGE_SIZE);
        if (!current()) return;
        set({ resultsQuery: query, pages: { 0: result.rows }, total: result.total, searching: false, error: null });
      } catch (error) {
        if (current()) set({ searching: false, error: errorMessage(error) });
      }
    },

    ensureRows(first, last) {
      const { resultsQuery, total, searching } = get();
      if (resultsQuery === null || searching) return;
      for (const page of pagesForRange(first, last, total)) {
        if (!requested.has(page)) void loadPage(page, resultsQuery, generation);
      }
    },

    reset() {
      searchSoon.cancel();
      generation += 1;
      requested = new Set();
      set(initial);
    },
  };
});

resetOnSessionChange(() => useDebtorsStore.getState().reset());
