import { memo, useEffect } from 'react';
import type { DebtorRow } from '../../../../shared/ipc-contract.ts';
import { useCallsStore } from '../../store/calls-store.ts';
import { useDialStore } from '../../store/dial-store.ts';
import { CallWindowBadge } from './CallWindowBadge.tsx';

type Props = {
  readonly row: DebtorRow | undefined;
  readonly index: number;
  readonly top: number;
  /** The column the keyboard is on when this is the active row, else null: that cell is the grid's Tab stop. */
  readonly activeCol: number | null;
  readonly measure: (element: HTMLElement | null) => void;
};

/** `row:col`, the address of a focusable cell (column 0 is the debtor, 1… its phones). */
export const cellKey = (row: number, col: number): string => `${row}:${col}`;

export const DebtorRowView = memo(function DebtorRowView({ row, index, top, activeCol, measure }: Props) {
  const dialPhone = useDialStore((s) => s.dialPhone);
  const statuses = useCallsStore((s) => s.statuses);
  const want = useCallsStore((s) => s.want);
  useEffect(() => (row === undefined ? undefined : want(row.phones.map((p) => p.id))), [row, want]);
  const tabIndex = (col: number): 0 | -1 => (activeCol === col ? 0 : -1);
  // Positioned through the CSSOM (React style), which the CSP's style-src 'self' allows.
  const position = { transform: `translateY(${top}px)` };
  if (row === undefined) {
    return (
      <div role="row" ref={measure} data-index={index} className="debtor-row loading" style={position} aria-rowindex={index + 1}>
        <span role="gridcell" tabIndex={tabIndex(0)} data-cell={cellKey(index, 0)}>
          Loading…
        </span>
      </div>
    );
  }
  return (
    <div role="row" ref={measure} data-index={index} className="debtor-row" style={position} aria-rowindex={index + 1}>
      <div role="gridcell" className="debtor-info" tabIndex={tabIndex(0)} data-cell={cellKey(index, 0)}>
        <span className="debtor-who">
          <span className="debtor-name">{row.name}</span>
          <span className="debtor-file">File {row.fileNumber}</span>
        </span>
        <span className="debtor-client">
          <span className="client-number">Client {row.clientNumber}</span>
          <span className="client-name">{row.clientName}</span>
        </span>
        <CallWindowBadge decision={row.phones[0] === undefined ? undefined : statuses[row.phones[0].id]} />
      </div>
      <div className="debtor-phones">
        {row.phones.length === 0 && (
          <span role="gridcell" className="muted">
            No phone on file
          </span>
        )}
        {row.phones.map((phone, i) => (
          <span key={phone.id} role="gridcell" className="phone">
            <span className="phone-label" aria-hidden="true">
              {phone.label}
            </span>
            <button
              type="button"
              className="phone-button"
              tabIndex={tabIndex(i + 1)}
              data-cell={cellKey(index, i + 1)}
              aria-label={`Dial ${phone.number} (${phone.label})`}
              onClick={() => void dialPhone(phone, row)}
            >
              {phone.number}
            </button>
            {statuses[phone.id]?.reasons.some((r) => r.rule === 'do-not-call') === true && <span className="dnc-tag">Do not call</span>}
          </span>
        ))}
      </div>
    </div>
  );
});
