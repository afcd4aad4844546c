import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { rowAt } from '../../logic/row-pages.ts';
import { clampCell, entryCell, moveCell, nextDebtorCell, type Cell, type GridShape } from '../../logic/grid-keys.ts';
import { useDebtorCursorStore } from '../../store/debtor-cursor-store.ts';
import { useDebtorsStore } from '../../store/debtors-store.ts';
import { useFocusStore } from '../../store/focus-store.ts';
import { cellKey, DebtorRowView } from './DebtorRowView.tsx';

/** The height a row starts from (matches .debtor-row's min-height in CSS); rows whose phones wrap are measured. */
export const ROW_HEIGHT = 64;
/** How long after a keyboard move its cell is kept in view while the rows around it are measured. */
const KEEP_IN_VIEW_MS = 2000;

const cellOf = (element: EventTarget | null): Cell | null => {
  if (!(element instanceof HTMLElement)) return null;
  const [row, col] = (element.dataset['cell'] ?? '').split(':').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col) ? null : { row, col };
};

/**
 * The search result as an ARIA grid: one Tab stop (a roving tabindex), arrows move between debtors and
 * their phones, Enter or Space dials the phone in focus. Only the rows in view are in the DOM.
 */
export function DebtorList() {
  const total = useDebtorsStore((s) => s.total);
  const pages = useDebtorsStore((s) => s.pages);
  const resultsQuery = useDebtorsStore((s) => s.resultsQuery);
  const ensureRows = useDebtorsStore((s) => s.ensureRows);
  const cell = useDebtorCursorStore((s) => s.cell);
  const moveTo = useDebtorCursorStore((s) => s.moveTo);
  const nextDebtorRequests = useDebtorCursorStore((s) => s.nextDebtorRequests);
  const enterRequested = useFocusStore((s) => s.results);
  const focusRequests = useFocusStore((s) => s.requests);
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  // The keyboard is (or should be) in the grid: the active cell is focused once it is rendered.
  const wantFocus = useRef(false);
  const hasFocus = useRef(false);
  const keepInViewUntil = useRef(0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const shape: GridShape = { rowCount: total, colsIn: (row) => 1 + (rowAt(pages, row)?.phones.length ?? 0) };
  const active = clampCell(cell, shape);
  const activeRendered = total > 0 && active.row >= first && active.row <= last;

  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, total, pages, ensureRows]);

  useEffect(() => {
    // A new search starts at its first row.
    scroller.current?.scrollTo({ top: 0 });
    useDebtorCursorStore.getState().reset();
  }, [resultsQuery]);

  useEffect(() => {
    // Down or Enter in the search box: into the results, on the first debtor's first phone.
    if (!enterRequested || resultsQuery === null) return;
    useFocusStore.getState().taken('results');
    if (total === 0) return;
    goTo(entryCell(shape));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a request is acted on once, with the shape of that moment
  }, [enterRequested, focusRequests, resultsQuery, total]);

  useEffect(() => {
    // `N` outside a work list: on to the next debtor, ready for Enter.
    if (nextDebtorRequests === 0) return;
    const next = nextDebtorCell(active, shape);
    if (next !== null) goTo(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a request is acted on once, with the shape of that moment
  }, [nextDebtorRequests]);

  useLayoutEffect(() => {
    // Focus follows the active cell; and focus that a refresh took away (its row re-rendered) comes back.
    const lost = hasFocus.current && (document.activeElement === null || document.activeElement === document.body);
    if (!wantFocus.current && !lost) return;
    const target = grid.current?.querySelector<HTMLElement>(`[data-cell="${cellKey(active.row, active.col)}"]`);
    if (target === null || target === undefined) return;
    wantFocus.current = false;
    if (document.activeElement !== target) target.focus();
  });

  useLayoutEffect(() => {
    // Rows measured after a keyboard move (taller than estimated: a badge that wraps, a page of rows that
    // arrives) push its cell out of view; it is brought back while they settle, unless the user scrolls.
    if (performance.now() > keepInViewUntil.current) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-cell="${cellKey(active.row, active.col)}"]`);
    cell?.closest('[role="row"]')?.scrollIntoView({ block: 'nearest' });
  });

  function goTo(next: Cell): void {
    wantFocus.current = true;
    keepInViewUntil.current = performance.now() + KEEP_IN_VIEW_MS;
    moveTo(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  }

  function stopKeepingInView(): void {
    keepInViewUntil.current = 0;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.altKey || event.metaKey) return;
    if (event.key === 'Enter' && active.col === 0 && shape.colsIn(active.row) > 1) {
      event.preventDefault();
      goTo({ row: active.row, col: 1 });
      return;
    }
    const next = moveCell(active, { key: event.key, ctrlKey: event.ctrlKey }, shape);
    if (next === null) return;
    event.preventDefault();
    goTo(next);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>): void {
    hasFocus.current = true;
    const focused = cellOf(event.target);
    if (focused !== null) moveTo(focused);
    // The grid itself holds the Tab stop while the active row is scrolled out of view: bring it back.
    else if (event.target === grid.current && total > 0) goTo(active);
  }

  function onBlur(event: FocusEvent<HTMLDivElement>): void {
    if (!grid.current?.contains(event.relatedTarget)) hasFocus.current = false;
  }

  return (
    <div ref={scroller} className="debtor-scroller" onWheel={stopKeepingInView} onPointerDown={stopKeepingInView} onTouchStart={stopKeepingInView}>
      {resultsQuery !== null && total === 0 && <p className="muted empty">No debtor matches “{resultsQuery}”.</p>}
      <div
        ref={grid}
        role="grid"
        aria-label="Debtor list"
        aria-rowcount={total}
        aria-describedby="debtor-list-keys"
        className="debtor-list"
        tabIndex={activeRendered ? -1 : 0}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {items.map((item) => (
          <DebtorRowView
            key={item.key}
            row={rowAt(pages, item.index)}
            index={item.index}
            top={item.start}
            activeCol={item.index === active.row ? active.col : null}
            measure={virtualizer.measureElement}
          />
        ))}
      </div>
      <p id="debtor-list-keys" className="visually-hidden">
        Arrow keys move between debtors and their phones; Enter dials the phone in focus.
      </p>
    </div>
  );
}
