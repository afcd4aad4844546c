import { useState } from 'react';
import { useModalDialog } from '../layout/use-modal-dialog.ts';
import { useDialStore } from '../../store/dial-store.ts';

/**
 * A call main held back because it breaks a rule the administrator set to warn: the reasons, and a reason to
 * call anyway. Main checks the call again when it is sent with the reason, and logs the reason with the dial.
 */
export function ConfirmCallDialog() {
  const pending = useDialStore((s) => s.confirming);
  const confirm = useDialStore((s) => s.confirm);
  const cancel = useDialStore((s) => s.cancelConfirm);
  const [reason, setReason] = useState('');
  // Each call held back asks for its own reason: the field starts empty.
  const dialog = useModalDialog(pending !== null, () => setReason(''));

  const who = pending?.debtor === null || pending === null ? pending?.number : `${pending.debtor.name} (${pending.number})`;
  return (
    <dialog
      ref={dialog}
      className="confirm-call"
      aria-labelledby="confirm-call-title"
      aria-describedby="confirm-call-reasons"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id="confirm-call-title">Call anyway?</h2>
      <div id="confirm-call-reasons">
        <p>Calling {who ?? 'this number'} breaks a rule your administrator set to warn:</p>
        <ul className="call-reasons">
          {(pending?.reasons ?? []).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() !== '') void confirm(reason.trim());
        }}
      >
        <label className="field">
          <span>Reason for this call (logged with it)</span>
          <textarea value={reason} maxLength={500} rows={2} required autoFocus onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={reason.trim() === ''}>
            Call anyway
          </button>
          <button type="button" className="button" onClick={cancel}>
            Do not call
          </button>
        </div>
      </form>
    </dialog>
  );
}
