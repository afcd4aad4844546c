import type { OperatorFormView } from '../../logic/operator-form-view.ts';
import { SAMPLE_TEST_DEBTOR, useOperatorFormStore } from '../../store/operator-form-store.ts';
import { OutcomeView } from '../dial/OutcomeView.tsx';

/** Sends one real dial with the stored settings, so an administrator sees what the dialer receives. */
export function TestDialPanel({ view }: { readonly view: OperatorFormView }) {
  const testNumber = useOperatorFormStore((s) => s.testNumber);
  const setTestNumber = useOperatorFormStore((s) => s.setTestNumber);
  const asSample = useOperatorFormStore((s) => s.testAsSample);
  const setAsSample = useOperatorFormStore((s) => s.setTestAsSample);
  const sendTestDial = useOperatorFormStore((s) => s.sendTestDial);
  const busy = useOperatorFormStore((s) => s.testBusy);
  const outcome = useOperatorFormStore((s) => s.testOutcome);
  const error = useOperatorFormStore((s) => s.testError);
  const blocked = view.testBlockedReason !== null;

  return (
    <fieldset className="test-dial">
      <legend>Test the integration</legend>
      <div className="test-row">
        <label className="field">
          <span>Test number</span>
          <input
            type="tel"
            value={testNumber}
            autoComplete="off"
            onChange={(e) => setTestNumber(e.target.value)}
            onKeyDown={(e) => {
              // Enter here tests; it must not submit (save) the operator form.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (!blocked && !busy) void sendTestDial();
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={blocked || busy}
          aria-describedby={blocked ? 'test-reason' : undefined}
          onClick={() => void sendTestDial()}
        >
          Send test dial
        </button>
        {blocked && (
          <span id="test-reason" className="muted test-reason">
            {view.testBlockedReason}
          </span>
        )}
      </div>
      <label className="toggle">
        <input type="checkbox" checked={asSample} onChange={(e) => setAsSample(e.target.checked)} />
        <span>
          As the sample debtor (client {SAMPLE_TEST_DEBTOR.client}, file {SAMPLE_TEST_DEBTOR.debtor}): sends the authcode
        </span>
      </label>
      <div role="status" aria-label="Test dial result" className="test-result" aria-busy={busy}>
        {busy && <p className="muted">Dialing…</p>}
        {!busy && outcome === null && error === null && (
          <p className="muted">No test dial yet. It uses the saved settings, exactly as a click on a phone number would.</p>
        )}
        {!busy && outcome !== null && <OutcomeView outcome={outcome} />}
        {!busy && error !== null && (
          <p className="outcome-line">
            <span className="badge failed">Not sent</span>
            <span className="outcome-message">{error}</span>
          </p>
        )}
      </div>
    </fieldset>
  );
}
