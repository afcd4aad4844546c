import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { rowAt } from '../../logic/debtor-pages.ts';
import { useDebtorsStore } from '../../store/debtors-store.ts';
import { DebtorRowView } from './DebtorRowView.tsx';

/** Fixed row height keeps scrolling through thousands of debtors cheap (matches .debtor-row in CSS). */
export const ROW_HEIGHT = 64;

export function DebtorList() {
  const total = useDebtorsStore((s) => s.total);
  const pages = useDebtorsStore((s) => s.pages);
  const resultsQuery = useDebtorsStore((s) => s.resultsQuery);
  const ensureRows = useDebtorsStore((s) => s.ensureRows);
  const scroller = useRef<HTMLDivElement>(null);

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

  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, total, pages, ensureRows]);

  useEffect(() => {
    // A new search starts at its first row.
    scroller.current?.scrollTo({ top: 0 });
  }, [resultsQuery]);

  return (
    <div ref={scroller} className="debtor-scroller">
      {resultsQuery !== null && total === 0 && <p className="muted empty">No debtor matches “{resultsQuery}”.</p>}
      <ul aria-label="Debtor list" className="debtor-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <DebtorRowView
            key={item.key}
            row={rowAt(pages, item.index)}
            index={item.index}
            total={total}
            top={item.start}
          />
        ))}
      </ul>
    </div>
  );
}
