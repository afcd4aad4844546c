import { useEffect, useRef } from 'react';
import { countDebtors } from '../../logic/format.ts';
import { useDebtorsStore } from '../../store/debtors-store.ts';
import { useFocusStore } from '../../store/focus-store.ts';
import { InlineError } from '../form/InlineError.tsx';

export const SEARCH_HINT_ID = 'debtor-search-keys';

export function DebtorSearch() {
  const query = useDebtorsStore((s) => s.query);
  const setQuery = useDebtorsStore((s) => s.setQuery);
  const total = useDebtorsStore((s) => s.total);
  const loaded = useDebtorsStore((s) => s.resultsQuery !== null);
  const searching = useDebtorsStore((s) => s.searching);
  const error = useDebtorsStore((s) => s.error);
  const focusWanted = useFocusStore((s) => s.search);
  const focusRequests = useFocusStore((s) => s.requests);
  const focusResults = useFocusStore((s) => s.focusResults);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After sign-in, `/` or Ctrl+F: the caret waits here, the text selected so typing replaces it.
    if (!focusWanted) return;
    useFocusStore.getState().taken('search');
    input.current?.focus();
    input.current?.select();
  }, [focusWanted, focusRequests]);

  return (
    <div className="debtor-search">
      <label className="field grow">
        <span>Search debtors</span>
        <input
          ref={input}
          type="search"
          value={query}
          placeholder="Name, file number, client or phone"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={SEARCH_HINT_ID}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'Enter') return;
            event.preventDefault();
            focusResults();
          }}
        />
      </label>
      <p id={SEARCH_HINT_ID} className="visually-hidden">
        Down or Enter moves into the results.
      </p>
      <p className="debtor-count" aria-live="polite">
        {loaded ? countDebtors(total) : 'Searching…'}
        {loaded && searching && <span className="muted"> (updating…)</span>}
      </p>
      <InlineError message={error} />
    </div>
  );
}
