import { useEffect } from 'react';
import { useModalDialog } from '../layout/use-modal-dialog.ts';
import type { LinkCard, LinkGuardVerdict, LinkSource } from '../../../../shared/ipc-contract.ts';
import { useAppStore } from '../../store/app-store.ts';
import { cardCanDial, useLinkStore } from '../../store/link-store.ts';

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
  const open = card !== null || refused !== null;
  const dialog = useModalDialog(open);

  // A call that arrived before sign-in waits in main for whoever signs in.
  useEffect(() => {
    if (operatorId !== null) void refresh();
  }, [operatorId, refresh]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-help link-card"
      aria-labelledby="link-card-title"
      aria-describedby={card === null ? 'link-card-reason' : card.guard === null ? 'link-card-sends' : 'link-card-sends link-card-guard'}
      onCancel={(event) => {
        event.preventDefault();
        if (card !== null) void useLinkStore.getState().dismiss();
        else void useLinkStore.getState().closeRefusal();
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
            <button type="button" className="button" onClick={() => void useLinkStore.getState().closeRefusal()} autoFocus>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

const VERDICT_WORDS: Readonly<Record<LinkGuardVerdict['verdict'], string>> = {
  allow: 'Allowed: no rule stands against this call now.',
  warn: 'Warning: Enter asks for your reason before anything is sent.',
  block: 'Blocked: nothing will be sent.',
};

/** The call guard's verdict now, checked again by main at Enter. */
function GuardVerdict({ guard }: { readonly guard: LinkGuardVerdict }) {
  return (
    <>
      <dt>Call guard</dt>
      <dd id="link-card-guard" className={`link-card-guard ${guard.verdict}`}>
        <p>{VERDICT_WORDS[guard.verdict]}</p>
        {guard.reasons.length > 0 && (
          <ul>
            {guard.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

function CardBody({ card }: { readonly card: LinkCard }) {
  const dropped = useLinkStore((s) => s.dropped);
  const canDial = cardCanDial(card);
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
        {card.guard !== null && <GuardVerdict guard={card.guard} />}
      </dl>
      {dropped > 0 && <p className="muted">{dropped === 1 ? '1 link' : `${dropped} links`} came too fast to be a person's and were dropped.</p>}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={!canDial} onClick={() => void useLinkStore.getState().confirm()} autoFocus={canDial}>
          Dial
        </button>
        <button type="button" className="button" onClick={() => void useLinkStore.getState().dismiss()} autoFocus={!canDial}>
          Dismiss
        </button>
      </div>
      <p className="muted">{canDial ? 'Enter dials · Esc dismisses' : 'Esc dismisses'}</p>
    </>
  );
}
