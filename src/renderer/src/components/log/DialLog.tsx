import { CALL_OUTCOMES, callOutcome } from '../../../../shared/call-outcomes.ts';
import type { DialLogEntry } from '../../../../shared/ipc-contract.ts';
import { STATUS_LABEL } from '../../logic/dial-status.ts';
import { formatTime, methodLabel } from '../../logic/format.ts';
import { useDialLogStore } from '../../store/dial-log-store.ts';

/** Every dial, newest first, with exactly what was sent: what integrators and supervisors check. */
export function DialLog() {
  const entries = useDialLogStore((s) => s.entries);
  const loaded = useDialLogStore((s) => s.loaded);
  const error = useDialLogStore((s) => s.error);
  const load = useDialLogStore((s) => s.load);

  return (
    <div className="dial-log-screen">
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void load()}>
          Reload
        </button>
        {error !== null && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </div>
      <div className="table-scroller">
        <table className="dial-log">
          <caption>Dial log</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Operator</th>
              <th scope="col">Number</th>
              <th scope="col">Method</th>
              <th scope="col">Target</th>
              <th scope="col">Payload</th>
              <th scope="col">Result</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <LogRow key={entry.id} entry={entry} />
            ))}
            {entries.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {loaded ? 'No dials yet.' : 'Loading…'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function LogRow({ entry }: { readonly entry: DialLogEntry }) {
  return (
    <tr>
      <td className="nowrap">{formatTime(entry.at)}</td>
      <td>{entry.operatorName}</td>
      <td className="nowrap">{entry.number}</td>
      <td>{methodLabel(entry.method)}</td>
      <td>{entry.target ?? '—'}</td>
      <td>{entry.payload === null ? '—' : <code>{entry.payload}</code>}</td>
      <td>
        <span className={`badge ${entry.result}`}>{STATUS_LABEL[entry.result]}</span>
        {entry.reason !== null && <span className="reason"> {entry.reason}</span>}
      </td>
      <td>{entry.result === 'sent' ? <OutcomeCell entry={entry} /> : '—'}</td>
    </tr>
  );
}

/** The dial's outcome as last recorded, settable here later; the note under it. */
function OutcomeCell({ entry }: { readonly entry: DialLogEntry }) {
  const setOutcome = useDialLogStore((s) => s.setOutcome);
  return (
    <>
      <select
        aria-label={`Outcome of the call to ${entry.number} at ${formatTime(entry.at)}`}
        value={entry.outcome ?? ''}
        onChange={(event) => {
          const outcome = callOutcome(event.target.value);
          if (outcome !== null) void setOutcome(entry, outcome.id);
        }}
      >
        {entry.outcome === null && <option value="">Not recorded</option>}
        {CALL_OUTCOMES.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {entry.note !== null && <p className="call-log-note">{entry.note}</p>}
    </>
  );
}
