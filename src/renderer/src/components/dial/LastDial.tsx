import { offersCopy } from '../../logic/dial-status.ts';
import { useDialStore, type DialDebtor } from '../../store/dial-store.ts';
import { CopyNumber } from './CopyNumber.tsx';
import { OutcomeView } from './OutcomeView.tsx';

/** The result of the last dial from the debtor list or the dial pad, naming the debtor it was for. */
export function LastDial() {
  const outcome = useDialStore((s) => s.outcome);
  const error = useDialStore((s) => s.error);
  const number = useDialStore((s) => s.number);
  const debtor = useDialStore((s) => s.debtor);
  const busy = useDialStore((s) => s.busy);
  const copyable = outcome?.number ?? number;
  return (
    <section role="status" aria-label="Last dial" className="last-dial" aria-busy={busy}>
      {(busy || outcome !== null || error !== null) && <DialHeading debtor={debtor} number={number} />}
      {busy && <p className="muted">Dialing…</p>}
      {!busy && error !== null && (
        <p className="outcome-line">
          <span className="badge failed">Not sent</span>
          <span className="outcome-message">{error}</span>
        </p>
      )}
      {!busy && outcome !== null && <OutcomeView outcome={outcome} />}
      {!busy && copyable !== null && offersCopy(outcome, error) && <CopyNumber number={copyable} />}
      {!busy && outcome === null && error === null && (
        <p className="muted">No dial yet. Search, then arrow to a phone and press Enter (or click it), or use the dial pad.</p>
      )}
    </section>
  );
}

function DialHeading({ debtor, number }: { readonly debtor: DialDebtor | null; readonly number: string | null }) {
  if (debtor === null) return <p className="dial-who">{number === null ? 'Dial pad' : `Dial pad: ${number}`}</p>;
  return (
    <p className="dial-who">
      <strong>{debtor.name}</strong> · File {debtor.fileNumber} · {debtor.clientName} (client {debtor.clientNumber}) · {debtor.phoneLabel}{' '}
      {number}
    </p>
  );
}
