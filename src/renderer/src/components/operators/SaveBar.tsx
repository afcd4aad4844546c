import type { OperatorFormView } from '../../logic/operator-form-view.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

export function SaveBar({ view }: { readonly view: OperatorFormView }) {
  const save = useOperatorFormStore((s) => s.save);
  const blocked = view.saveBlockedReason !== null;
  return (
    <div className="save-bar">
      <button type="submit" className="button primary" disabled={blocked || save.kind === 'saving'} aria-describedby="save-reason">
        Save
      </button>
      <span id="save-reason" className="save-reason">
        {blocked && <span className="inline-error">{view.saveBlockedReason}</span>}
        {!blocked && save.kind === 'saving' && <span className="muted">Saving…</span>}
        {!blocked && save.kind === 'saved' && <span className="saved">Saved</span>}
        {!blocked && save.kind === 'idle' && view.dirty && <span className="muted">Unsaved changes</span>}
      </span>
      {save.kind === 'refused' && (
        <p role="alert" className="inline-error">
          {save.message}
        </p>
      )}
    </div>
  );
}
