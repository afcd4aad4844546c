import { barePrefixScheme, barePrefixWarning } from '../../../../shared/bare-prefix.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../../shared/schemes.ts';
import { noHandlerWarning, type OperatorDraft, type OperatorFormView } from '../../logic/operator-form-view.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';
import { Field } from '../form/Field.tsx';
import { Note2Builder } from './Note2Builder.tsx';

type Props = { readonly draft: OperatorDraft; readonly view: OperatorFormView; readonly readOnly: boolean };

const NOTE2_HINT = (
  <>
    A protocol prefix such as <code>sip:</code> or <code>tel:</code>, or a UDP command such as{' '}
    <code>UDP:/192.168.2.122:1544:452#authcode</code>.
  </>
);

export function DetailFields({ draft, view, readOnly }: Props) {
  const edit = useOperatorFormStore((s) => s.edit);
  const schemeCheck = useOperatorFormStore((s) => s.schemeCheck);
  const schemeCheckError = useOperatorFormStore((s) => s.schemeCheckError);
  const handlerKnown = view.scheme !== null && schemeCheck?.scheme === view.scheme;
  const allowedSchemes = useAppStore((s) => s.app?.allowedSchemes ?? DEFAULT_ALLOWED_SCHEMES);
  const bare = draft.useSoftphone ? barePrefixScheme(draft.note2, allowedSchemes) : null;

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
      <Field label="Note 2" id="note2" hint={NOTE2_HINT} error={view.note2Error}>
        {(aria) => (
          <input
            value={draft.note2}
            maxLength={500}
            autoComplete="off"
            spellCheck={false}
            className="mono note2-input"
            readOnly={readOnly}
            {...aria}
            onChange={(e) => edit({ note2: e.target.value })}
          />
        )}
      </Field>
      {view.note2Suggestion !== null && (
        <p className="suggestion" aria-live="polite">
          <span>
            Did you mean <code>{view.note2Suggestion}</code>?
          </span>
          {!readOnly && (
            <button type="button" className="button small" onClick={() => edit({ note2: view.note2Suggestion ?? draft.note2 })}>
              Use {view.note2Suggestion}
            </button>
          )}
        </p>
      )}
      {!readOnly && <Note2Builder onWrite={(note2) => edit({ note2, useSoftphone: true })} />}
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
      {bare !== null && (
        <p className="warning bare-prefix-warning" aria-live="polite">
          {barePrefixWarning(bare, handlerKnown ? schemeCheck.handler : null)}
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
