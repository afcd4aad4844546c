import { useModalDialog } from '../layout/use-modal-dialog.ts';
import { useLeaveGuardStore } from '../../store/leave-guard-store.ts';

/** "Save changes to Ben UDP?" before the Operator form is left with unsaved edits. */
export function UnsavedChangesDialog() {
  const asking = useLeaveGuardStore((s) => s.asking);
  const saving = useLeaveGuardStore((s) => s.saving);
  const save = useLeaveGuardStore((s) => s.save);
  const discard = useLeaveGuardStore((s) => s.discard);
  const stay = useLeaveGuardStore((s) => s.stay);
  const dialog = useModalDialog(asking !== null);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-help unsaved-dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      // Esc is "Stay": nothing is lost by pressing it.
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="unsaved-title">Unsaved changes</h2>
      <p id="unsaved-text">The changes to {asking ?? 'this operator'} are not saved yet.</p>
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={saving} onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="button" disabled={saving} onClick={discard}>
          Discard
        </button>
        <button type="button" className="button" disabled={saving} onClick={stay} autoFocus>
          Stay
        </button>
      </div>
    </dialog>
  );
}
