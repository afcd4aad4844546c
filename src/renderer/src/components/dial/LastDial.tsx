import { offersCopy } from '../../logic/dial-status.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useDialStore } from '../../store/dial-store.ts';
import { CopyNumber } from './CopyNumber.tsx';
import { OutcomeView } from './OutcomeView.tsx';

/** The result of the last dial from the debtor list or the dial pad. */
export function LastDial() {
  const outcome = useDialStore((s) => s.outcome);
  const error = useDialStore((s) => s.error);
  const busy = useDialStore((s) => s.busy);
  const app = useAppStore((s) => s.app);
  return (
    <section role="status" aria-label="Last dial" className="last-dial" aria-busy={busy}>
      {busy && <p className="muted">Dialing…</p>}
      {!busy && error !== null && (
        <p className="outcome-line">
          <span className="badge failed">Not sent</span>
          <span className="outcome-message">{error}</span>
        </p>
      )}
      {!busy && outcome !== null && (
        <>
          <OutcomeView outcome={outcome} />
          {offersCopy(outcome, app) && <CopyNumber number={outcome.number} />}
        </>
      )}
      {!busy && outcome === null && error === null && <p className="muted">No dial yet. Click a phone number or use the dial pad.</p>}
    </section>
  );
}
