import { noHandlerWarning, type OperatorDraft, type OperatorFormView } from '../../logic/operator-form-view.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

type Props = { readonly draft: OperatorDraft; readonly view: OperatorFormView; readonly readOnly: boolean };

export function DetailFields({ draft, view, readOnly }: Props) {
  const edit = useOperatorFormStore((s) => s.edit);
  const schemeCheck = useOperatorFormStore((s) => s.schemeCheck);
  const schemeCheckError = useOperatorFormStore((s) => s.schemeCheckError);
  const handlerKnown = view.scheme !== null && schemeCheck?.scheme === view.scheme;
  const describedBy = ['note2-help', view.note2Error === null ? null : 'note2-error'].filter(Boolean).join(' ');

  return (
    <div className="fields">
      <label className="toggle">
        <input
          type="checkbox"
          checked={draft.useSoftphone}
          disabled={readOnly}
          onChange={(e) => edit({ useSoftphone: e.target.checked })}
        />
        <span>Use softphone for dialer</span>
      </label>
      <label className="field">
        <span>Note 2</span>
        <input
          value={draft.note2}
          maxLength={500}
          autoComplete="off"
          spellCheck={false}
          className="mono"
          readOnly={readOnly}
          aria-invalid={view.note2Error !== null}
          aria-describedby={describedBy}
          onChange={(e) => edit({ note2: e.target.value })}
        />
      </label>
      <p id="note2-help" className="help">
        A protocol prefix such as <code>sip:</code> or <code>tel:</code>, or a UDP command such as{' '}
        <code>UDP:/192.168.2.122:1544:452#authcode</code>.
      </p>
      {view.note2Error !== null && (
        <p id="note2-error" role="alert" className="inline-error">
          {view.note2Error}
        </p>
      )}
      {handlerKnown && schemeCheck.handler === null && (
        <p role="alert" className="warning">
          {noHandlerWarning(schemeCheck.scheme)}
        </p>
      )}
      {handlerKnown && schemeCheck.handler !== null && (
        <p className="help">
          {schemeCheck.scheme}: links open with {schemeCheck.handler}.
        </p>
      )}
      {view.scheme !== null && schemeCheckError !== null && <p className="help">{schemeCheckError}</p>}
      <div className="preview-box">
        <span className="preview-title" aria-hidden="true">
          A click on 555-123-7777 (client 1234, debtor 12345678) sends
        </span>
        <output aria-label="Preview" className="preview mono">
          {view.preview}
        </output>
      </div>
    </div>
  );
}
