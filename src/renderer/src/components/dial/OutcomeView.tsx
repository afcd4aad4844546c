import type { DialOutcome } from '../../../../shared/ipc-contract.ts';
import { STATUS_LABEL } from '../../logic/dial-status.ts';
import { methodLabel } from '../../logic/format.ts';

/** One dial's result: main's sentence, its status in words, and exactly what went where. */
export function OutcomeView({ outcome }: { readonly outcome: DialOutcome }) {
  return (
    <div className={`outcome ${outcome.status}`}>
      <p className="outcome-line">
        <span className={`badge ${outcome.status}`}>{STATUS_LABEL[outcome.status]}</span>
        <span className="outcome-message">{outcome.message}</span>
      </p>
      {outcome.status === 'sent' && outcome.reasons !== undefined && outcome.reasons.length > 0 && (
        <p className="muted">Placed despite a warning: {outcome.reasons.join('. ')}.</p>
      )}
      {(outcome.payload !== null || outcome.destination !== null) && (
        <dl className="outcome-facts">
          {outcome.payload !== null && (
            <div>
              <dt>{outcome.method === 'uri' ? 'URI' : 'Payload'}</dt>
              <dd>
                <code>{outcome.payload}</code>
              </dd>
            </div>
          )}
          {outcome.destination !== null && (
            <div>
              <dt>Destination</dt>
              <dd>
                <code>{outcome.destination}</code>
              </dd>
            </div>
          )}
          {outcome.method !== null && (
            <div>
              <dt>Method</dt>
              <dd>{methodLabel(outcome.method)}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
