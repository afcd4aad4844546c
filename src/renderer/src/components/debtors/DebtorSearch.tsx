import { countDebtors } from '../../logic/format.ts';
import { useDebtorsStore } from '../../store/debtors-store.ts';

export function DebtorSearch() {
  const query = useDebtorsStore((s) => s.query);
  const setQuery = useDebtorsStore((s) => s.setQuery);
  const total = useDebtorsStore((s) => s.total);
  const loaded = useDebtorsStore((s) => s.resultsQuery !== null);
  const searching = useDebtorsStore((s) => s.searching);
  const error = useDebtorsStore((s) => s.error);

  return (
    <div className="debtor-search">
      <label className="field grow">
        <span>Search debtors</span>
        <input
          type="search"
          value={query}
          placeholder="Name, file number, client or phone"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <p className="debtor-count" aria-live="polite">
        {loaded ? countDebtors(total) : 'Searching…'}
        {loaded && searching && <span className="muted"> (updating…)</span>}
      </p>
      {error !== null && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
