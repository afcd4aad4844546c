import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { CALL_OUTCOMES, callOutcome } from '../../../../shared/call-outcomes.ts';
import type { DialLogEntry } from '../../../../shared/ipc-contract.ts';
import { STATUS_LABEL } from '../../logic/dial-status.ts';
import { formatTime, methodLabel, operatorOptionText } from '../../logic/format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { dialLogRowAt, useDialLogStore } from '../../store/dial-log-store.ts';
import { useDialStore } from '../../store/dial-store.ts';
import { InlineError } from '../form/InlineError.tsx';

/** The height a row starts from; rows whose reason or note wraps are measured. */
const ROW_HEIGHT = 44;
const COLUMNS = 9;

/**
 * Every dial, newest first, with exactly what was sent: what integrators and supervisors check. Only the rows in
 * view are in the DOM and only their pages are fetched, so the log stays quick at 100,000 dials.
 */
export function DialLog() {
  const pages = useDialLogStore((s) => s.pages);
  const added = useDialLogStore((s) => s.added);
  const total = useDialLogStore((s) => s.total);
  const loaded = useDialLogStore((s) => s.loaded);
  const error = useDialLogStore((s) => s.error);
  const ensureRows = useDialLogStore((s) => s.ensureRows);
  const scroller = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, total, pages, added, ensureRows]);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="dial-log-screen">
      <div className="toolbar">
        <DialLogFilterChoice />
        <p className="muted" aria-live="polite">
          {loaded ? countDials(total) : 'Loading…'}
        </p>
        <InlineError message={error} />
      </div>
      <div ref={scroller} className="table-scroller">
        <table className="dial-log" aria-rowcount={total + 1}>
          <caption>Dial log</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Time</th>
              <th scope="col">Operator</th>
              <th scope="col">Debtor</th>
              <th scope="col">Number</th>
              <th scope="col">Method</th>
              <th scope="col">Target</th>
              <th scope="col">Payload</th>
              <th scope="col">Result</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <Spacer height={before} />}
            {items.map((item) => (
              <LogRow key={item.key} entry={dialLogRowAt({ pages, added }, item.index)} index={item.index} measure={virtualizer.measureElement} />
            ))}
            {after > 0 && <Spacer height={after} />}
            {total === 0 && (
              <tr>
                <td colSpan={COLUMNS} className="muted">
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

/** Stands for the rows scrolled out of view, so the scroll bar is as long as the whole log. */
function Spacer({ height }: { readonly height: number }) {
  return (
    <tr aria-hidden="true" className="spacer" style={{ height }}>
      <td colSpan={COLUMNS} />
    </tr>
  );
}

function countDials(total: number): string {
  return total === 1 ? '1 dial' : `${total.toLocaleString('en-US')} dials`;
}

/** Administrators choose whose dials: their own, everyone's, or one operator's. Operators see their own only. */
function DialLogFilterChoice() {
  const app = useAppStore((s) => s.app);
  const filter = useDialLogStore((s) => s.filter);
  const setFilter = useDialLogStore((s) => s.setFilter);
  if (app?.session?.role !== 'admin') return <p className="muted">Your dials</p>;
  const others = app.operators.filter((o) => o.id !== app.session?.operatorId);
  const value = filter.kind === 'operator' ? String(filter.operatorId) : filter.kind;
  return (
    <label className="field inline">
      <span>Show dials of</span>
      <select
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          void setFilter(chosen === 'mine' || chosen === 'everyone' ? { kind: chosen } : { kind: 'operator', operatorId: Number(chosen) });
        }}
      >
        <option value="everyone">Everyone</option>
        <option value="mine">Mine</option>
        {others.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {operatorOptionText(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

type RowProps = { readonly entry: DialLogEntry | undefined; readonly index: number; readonly measure: (element: HTMLElement | null) => void };

function LogRow({ entry, index, measure }: RowProps) {
  if (entry === undefined) {
    return (
      <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
        <td colSpan={COLUMNS} className="muted">
          Loading…
        </td>
      </tr>
    );
  }
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td className="nowrap">{formatTime(entry.at)}</td>
      <td>
        {entry.operatorName}
        {entry.testOf !== null && (
          <>
            {' '}
            <span className="badge test">Test</span> <span className="reason">of {entry.testOf}&apos;s settings</span>
          </>
        )}
      </td>
      <td>{entry.fileNumber === null ? '—' : `${entry.debtorName ?? 'Debtor'} (file ${entry.fileNumber})`}</td>
      <td className="nowrap">
        {entry.number} <RedialButton entry={entry} />
      </td>
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

/** The same number again, as the signed-in operator (main checks the call again like any other). */
function RedialButton({ entry }: { readonly entry: DialLogEntry }) {
  const redial = useDialStore((s) => s.redial);
  const busy = useDialStore((s) => s.busy);
  return (
    <button type="button" className="link-button" disabled={busy} aria-label={`Redial ${entry.number}`} onClick={() => void redial(entry)}>
      Redial
    </button>
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
      {entry.consent && <p className="call-log-note">Asked for by the debtor: not counted toward 7 in 7</p>}
      {entry.note !== null && <p className="call-log-note">{entry.note}</p>}
    </>
  );
}
