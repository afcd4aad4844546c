import { useState } from 'react';
import { errorMessage } from '../../logic/error-message.ts';
import { useCallsStore } from '../../store/calls-store.ts';
import { softphone } from '../../store/preload-bridge.ts';

/** The collector's record of a debtor's request: this number is not to be called again (kept with date and name). */
export function DoNotCallButton({ phoneId }: { readonly phoneId: number }) {
  const marked = useCallsStore((s) => s.statuses[phoneId]?.reasons.some((r) => r.rule === 'do-not-call') === true);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'refused'; message: string }>({ kind: 'idle' });
  if (marked) return <p className="call-card-dnc" role="status">This number is marked do not call.</p>;
  return (
    <div className="call-card-dnc">
      <button
        type="button"
        className="button"
        disabled={state.kind === 'saving'}
        onClick={() => {
          setState({ kind: 'saving' });
          softphone()
            .markPhoneDoNotCall(phoneId, true)
            .then((decision) => {
              setState({ kind: 'idle' });
              useCallsStore.getState().put(phoneId, decision);
            })
            .catch((error: unknown) => setState({ kind: 'refused', message: errorMessage(error) }));
        }}
      >
        Asked not to be called on this number
      </button>
      {state.kind === 'refused' && (
        <p role="alert" className="inline-error">
          {state.message}
        </p>
      )}
    </div>
  );
}
