import { useEffect, useRef } from 'react';
import type { LinkCard, LinkSource } from '../../../../shared/ipc-contract.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useLinkStore } from '../../store/link-store.ts';

const TITLES: Readonly<Record<LinkSource, string>> = {
  link: 'Call from another program',
  hotkey: 'Call the number on the clipboard',
  tray: 'Call the number on the clipboard',
};

/**
 * A call from a link, the hotkey or the tray: nothing is sent until the operator presses Enter (Dial has
 * the focus) or clicks Dial; Esc dismisses it. A refused link shows its reason here too.
 */
export function LinkCardDialog() {
  const card = useLinkStore((s) => s.card);
  const refused = useLinkStore((s) => s.refused);
  const operatorId = useAppStore((s) => s.app?.session?.operatorId ?? null);
  const refresh = useLinkStore((s) => s.refresh);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = card !== null || refused !== null;

  // A call that arrived before sign-in waits in main for whoever signs in.
  useEffect(() => {
    if (operatorId !== null) void refresh();
  }, [operatorId, refresh]);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-help link-card"
      aria-labelledby="link-card-title"
      aria-describedby={card !== null ? 'link-card-sends' : 'link-card-reason'}
      onCancel={(event) => {
        event.preventDefault();
        if (card !== null) void useLinkStore.getState().dismiss();
        else useLinkStore.getState().closeRefusal();
      }}
    >
      {card !== null && <CardBody card={card} />}
      {card === null && refused !== null && (
        <>
          <h2 id="link-card-title">Link refused</h2>
          <p id="link-card-reason" role="alert">
            {refused.reason}
          </p>
          <p className="link-card-link muted">{refused.link}</p>
          <p className="muted">Nothing was sent. The refusal is in the audit trail.</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => useLinkStore.getState().closeRefusal()} autoFocus>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

function CardBody({ card }: { readonly card: LinkCard }) {
  const dropped = useLinkStore((s) => s.dropped);
  return (
    <>
      <h2 id="link-card-title">{TITLES[card.source]}</h2>
      <dl className="link-card-facts">
        <dt>Number</dt>
        <dd>{card.number}</dd>
        {card.debtor !== null && (
          <>
            <dt>Debtor</dt>
            <dd>
              {card.name !== null && <>{card.name} · </>}File {card.debtor} · client {card.client}
            </dd>
          </>
        )}
        <dt>Sends</dt>
        <dd id="link-card-sends">
          {card.sends !== null ? (
            <>
              <code>{card.sends}</code> to {card.destination}
            </>
          ) : (
            <span className="link-card-problem">{card.problem}</span>
          )}
        </dd>
      </dl>
      {dropped > 0 && <p className="muted">{dropped === 1 ? '1 link' : `${dropped} links`} came too fast to be a person's and were dropped.</p>}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={card.sends === null} onClick={() => void useLinkStore.getState().confirm()} autoFocus={card.sends !== null}>
          Dial
        </button>
        <button type="button" className="button" onClick={() => void useLinkStore.getState().dismiss()} autoFocus={card.sends === null}>
          Dismiss
        </button>
      </div>
      <p className="muted">Enter dials · Esc dismisses</p>
    </>
  );
}
