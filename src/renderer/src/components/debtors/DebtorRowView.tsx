import { memo } from 'react';
import type { DebtorRow } from '../../../../shared/ipc-contract.ts';
import { useDialStore } from '../../store/dial-store.ts';

type Props = {
  readonly row: DebtorRow | undefined;
  readonly index: number;
  readonly total: number;
  readonly top: number;
};

export const DebtorRowView = memo(function DebtorRowView({ row, index, total, top }: Props) {
  const dialPhone = useDialStore((s) => s.dialPhone);
  // Positioned through the CSSOM (React style), which the CSP's style-src 'self' allows.
  const position = { transform: `translateY(${top}px)` };
  if (row === undefined) {
    return (
      <li className="debtor-row loading" style={position} aria-posinset={index + 1} aria-setsize={total}>
        Loading…
      </li>
    );
  }
  return (
    <li className="debtor-row" style={position} aria-posinset={index + 1} aria-setsize={total}>
      <div className="debtor-who">
        <span className="debtor-name">{row.name}</span>
        <span className="debtor-file">File {row.fileNumber}</span>
      </div>
      <div className="debtor-client">
        <span className="client-number">Client {row.clientNumber}</span>
        <span className="client-name">{row.clientName}</span>
      </div>
      <div className="debtor-phones">
        {row.phones.length === 0 && <span className="muted">No phone on file</span>}
        {row.phones.map((phone) => (
          <span key={phone.id} className="phone">
            <span className="phone-label" aria-hidden="true">
              {phone.label}
            </span>
            <button
              type="button"
              className="phone-button"
              aria-label={`Dial ${phone.number} (${phone.label})`}
              onClick={() => void dialPhone(phone.id)}
            >
              {phone.number}
            </button>
          </span>
        ))}
      </div>
    </li>
  );
});
