import { create } from 'zustand';
import type { CallOutcomeId } from '../../../shared/call-outcomes.ts';
import type { DialLogEntry, MainEvents } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import { PAGE_SIZE, pagesForRange, rowAt, type RowPages } from '../logic/row-pages.ts';
import { useAppStore } from './app-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

/** Whose dials the log shows: the signed-in operator's, everyone's (administrators), or one operator's. */
export type DialLogFilter = { readonly kind: 'mine' } | { readonly kind: 'everyone' } | { readonly kind: 'operator'; readonly operatorId: number };

type DialLogStore = {
  readonly filter: DialLogFilter;
  /** The rows as they were at the last load, by page. */
  readonly pages: RowPages<DialLogEntry>;
  /** Rows main reported stored since the last load, newest first: they sit above the pages. */
  readonly added: readonly DialLogEntry[];
  /** Every row the log holds for the filter, `added` included. */
  readonly total: number;
  readonly loaded: boolean;
  readonly error: string | null;
  /** Reloads from the newest dial; rows further down arrive as they are scrolled to. */
  load(): Promise<void>;
  setFilter(filter: DialLogFilter): Promise<void>;
  ensureRows(first: number, last: number): void;
  /** A row main sent back (an outcome set): it replaces the row with the same key. */
  merge(entry: DialLogEntry): void;
  /** Main stored a dial-log row (the dial-log:added event): shown at the top when the filter takes it. */
  add(event: MainEvents['dial-log:added']): void;
  /** Sets a dial's outcome later, from the log; the note stays as it was. */
  setOutcome(entry: DialLogEntry, outcome: CallOutcomeId): Promise<void>;
  reset(): void;
};

/** Administrators see every dial until they choose; operators only ever see their own. */
const defaultFilter = (): DialLogFilter => (useAppStore.getState().app?.session?.role === 'admin' ? { kind: 'everyone' } : { kind: 'mine' });

/** The operator id main is asked for: null means everyone. */
export function filterOperatorId(filter: DialLogFilter): number | null {
  if (filter.kind === 'everyone') return null;
  if (filter.kind === 'operator') return filter.operatorId;
  return useAppStore.getState().app?.session?.operatorId ?? null;
}

/** Whether a dial by `operatorId` belongs in the log as filtered. */
function filterTakes(filter: DialLogFilter, operatorId: number | null): boolean {
  if (filter.kind === 'everyone') return true;
  return operatorId !== null && operatorId === filterOperatorId(filter);
}

/** The log's row at `index`: the rows added since the load first, then the loaded pages. */
export function dialLogRowAt(state: Pick<DialLogStore, 'pages' | 'added'>, index: number): DialLogEntry | undefined {
  return index < state.added.length ? state.added[index] : rowAt(state.pages, index - state.added.length);
}

// A reply for an older load, filter or session must not land on the rows of a newer one.
const loads = latestCall();
let requested = new Set<number>();

export const useDialLogStore = create<DialLogStore>()((set, get) => {
  /** `fresh`: the page starts a reload, so the pages from before it go (they are fetched again when scrolled to). */
  async function loadPage(page: number, current: () => boolean, fresh = false): Promise<void> {
    requested.add(page);
    try {
      // Rows added since the load sit above the pages, so a page starts that much further down in main's list.
      const result = await softphone().dialLog(filterOperatorId(get().filter), page * PAGE_SIZE + get().added.length, PAGE_SIZE);
      if (!current()) return;
      set((s) => ({ pages: { ...(fresh ? {} : s.pages), [page]: result.rows }, total: result.total, loaded: true, error: null }));
    } catch (error) {
      // The page stays requested: retrying on every scroll would hammer main with a failing query.
      if (current()) set({ error: errorMessage(error), loaded: true });
    }
  }
  let current = loads.begin();

  return {
    filter: { kind: 'mine' },
    pages: {},
    added: [],
    total: 0,
    loaded: false,
    error: null,

    async load() {
      current = loads.begin();
      requested = new Set();
      set({ added: [] });
      // Until the first answer the filter follows the role; later it is the user's choice.
      if (!get().loaded) set({ filter: defaultFilter() });
      await loadPage(0, current, true);
    },

    async setFilter(filter) {
      set({ filter, pages: {}, added: [], total: 0 });
      await get().load();
    },

    ensureRows(first, last) {
      const { total, loaded, added } = get();
      if (!loaded) return;
      const shift = added.length;
      for (const page of pagesForRange(Math.max(0, first - shift), last - shift, total - shift)) if (!requested.has(page)) void loadPage(page, current);
    },

    merge(entry) {
      const swap = (rows: readonly DialLogEntry[]) => rows.map((e) => (e.key === entry.key ? entry : e));
      set((s) => ({
        added: swap(s.added),
        pages: Object.fromEntries(Object.entries(s.pages).map(([page, rows]) => [page, swap(rows)])),
      }));
    },

    add({ operatorId, entry }) {
      const { loaded, filter, added, pages } = get();
      // Before the first load there is nothing to add to: the load brings the row.
      if (!loaded || !filterTakes(filter, operatorId)) return;
      // The outbox may store a slow write twice over (idempotent in main): the row is already shown.
      const known = added.some((e) => e.key === entry.key) || Object.values(pages).some((rows) => rows.some((e) => e.key === entry.key));
      if (known) return get().merge(entry);
      set((s) => ({ added: [entry, ...s.added], total: s.total + 1 }));
    },

    async setOutcome(entry, outcome) {
      try {
        const stored = await softphone().setCallOutcome(entry.key, outcome, entry.note ?? '', entry.consent);
        get().merge(stored);
        set({ error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    reset() {
      // A reload still under way answers for the operator who signed out: drop it.
      loads.invalidate();
      requested = new Set();
      set({ filter: { kind: 'mine' }, pages: {}, added: [], total: 0, loaded: false, error: null });
    },
  };
});

resetOnSessionChange(() => useDialLogStore.getState().reset());

/** Main's dial-log rows as they are stored; the returned function stops listening. */
export function listenForDialLogRows(): () => void {
  return softphone().on('dial-log:added', (event) => useDialLogStore.getState().add(event));
}
