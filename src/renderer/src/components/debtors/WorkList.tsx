import { useEffect, useRef } from 'react';
import type { WorkListView } from '../../../../shared/ipc-contract.ts';
import { countDebtors } from '../../logic/format.ts';
import { useDebtorsStore } from '../../store/debtors-store.ts';
import { useDialStore } from '../../store/dial-store.ts';
import { useWorkListStore } from '../../store/work-list-store.ts';
import { InlineError } from '../form/InlineError.tsx';

/**
 * Preview dialing: the work list shows one debtor of the search result at a time with their phones.
 * Nothing is dialed until the collector presses Enter (or clicks) on a phone; `N` moves on.
 */
export function WorkList() {
  const view = useWorkListStore((s) => s.view);
  const error = useWorkListStore((s) => s.error);
  const load = useWorkListStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="work-list" aria-labelledby="work-list-title">
      <h2 id="work-list-title" className="visually-hidden">
        Work list
      </h2>
      {view === null ? <StartWorkList /> : <WorkListCard view={view} />}
      <InlineError message={error} />
    </section>
  );
}

function StartWorkList() {
  const resultsQuery = useDebtorsStore((s) => s.resultsQuery);
  const total = useDebtorsStore((s) => s.total);
  const start = useWorkListStore((s) => s.start);
  const busy = useWorkListStore((s) => s.busy);
  return (
    <div className="work-list-start">
      <button type="button" className="button" disabled={resultsQuery === null || total === 0 || busy} onClick={() => void start(resultsQuery ?? '')}>
        Start work list
      </button>
      <span className="muted">{resultsQuery === null || total === 0 ? 'Search first: the work list walks the result.' : `One debtor at a time, through the ${countDebtors(total)} found.`}</span>
    </div>
  );
}

function WorkListCard({ view }: { readonly view: WorkListView }) {
  const moves = useWorkListStore((s) => s.moves);
  const busy = useWorkListStore((s) => s.busy);
  const { next, previous, stop, start } = useWorkListStore.getState();
  const dialPhone = useDialStore((s) => s.dialPhone);
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Each new debtor: the keyboard waits on their first phone (or on the card when there is none), ready for Enter.
    if (moves === 0) return;
    const target = card.current?.querySelector<HTMLElement>('.work-list-phone') ?? card.current;
    target?.focus();
  }, [moves]);

  const { debtor } = view;
  const searched = view.query === '' ? 'all debtors' : `the search “${view.query}”`;
  return (
    <div ref={card} className="work-list-card" tabIndex={-1} aria-live="polite">
      <p className="work-list-where">
        <strong>Work list</strong> · {debtor === null ? `done: all ${countDebtors(view.total)} in ${searched} had their turn` : `debtor ${view.index + 1} of ${view.total} in ${searched}`}
      </p>
      {debtor !== null && (
        <>
          <p className="dial-who">
            <strong>{debtor.name}</strong> · File {debtor.fileNumber} · {debtor.clientName} (client {debtor.clientNumber})
          </p>
          <div className="work-list-phones">
            {debtor.phones.length === 0 && <span className="muted">No phone on file: press N for the next debtor.</span>}
            {debtor.phones.map((phone) => (
              <button
                key={phone.id}
                type="button"
                className="button work-list-phone"
                aria-label={`Dial ${phone.number} (${phone.label})`}
                onClick={() => void dialPhone(phone, debtor)}
              >
                {/* The visible text is part of the spoken name ("Dial 716-698-3877 (Home)"), as speech input needs. */}
                {phone.number} ({phone.label})
              </button>
            ))}
          </div>
        </>
      )}
      <div className="work-list-actions">
        {debtor === null ? (
          <button type="button" className="button" disabled={busy} onClick={() => void start(view.query)}>
            Start again
          </button>
        ) : (
          <button type="button" className="button primary" disabled={busy} aria-keyshortcuts="N" onClick={() => void next()}>
            Next debtor <kbd>N</kbd>
          </button>
        )}
        <button type="button" className="button" disabled={busy || view.index === 0} onClick={() => void previous()}>
          Previous
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void stop()}>
          Stop work list
        </button>
      </div>
    </div>
  );
}
