import { sameSchemes } from '../../logic/scheme-list.ts';
import { InlineError } from '../form/InlineError.tsx';
import { SaveStatus } from '../form/SaveStatus.tsx';
import { useAppStore } from '../../store/app-store.ts';
import { useSchemesStore } from '../../store/schemes-store.ts';

const NONE: readonly string[] = [];

/** The protocol prefixes Note 2 may use (an administrator's setting for the whole app). */
export function AllowedSchemes() {
  const stored = useAppStore((s) => s.app?.allowedSchemes ?? NONE);
  const draft = useSchemesStore((s) => s.draft);
  const newScheme = useSchemesStore((s) => s.newScheme);
  const addError = useSchemesStore((s) => s.addError);
  const save = useSchemesStore((s) => s.save);
  const setNewScheme = useSchemesStore((s) => s.setNewScheme);
  const add = useSchemesStore((s) => s.add);
  const remove = useSchemesStore((s) => s.remove);
  const saveDraft = useSchemesStore((s) => s.saveDraft);
  const schemes = draft ?? stored;
  const dirty = draft !== null && !sameSchemes(draft, stored);

  return (
    <section className="panel schemes" aria-labelledby="schemes-title">
      <h2 id="schemes-title" className="form-title">
        Allowed schemes
      </h2>
      <p className="help">Protocol prefixes a Note 2 may use. UDP commands need no entry here.</p>
      <ul aria-label="Allowed schemes" className="scheme-list">
        {schemes.map((scheme) => (
          <li key={scheme}>
            <code>{scheme}:</code>
            <button type="button" className="button small" aria-label={`Remove ${scheme}`} onClick={() => remove(scheme)}>
              Remove
            </button>
          </li>
        ))}
        {schemes.length === 0 && <li className="muted">None: only UDP commands can dial.</li>}
      </ul>
      <form
        className="scheme-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label className="field grow">
          <span>Add scheme</span>
          <input
            value={newScheme}
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            placeholder="zoiper"
            aria-invalid={addError !== null}
            aria-describedby={addError === null ? undefined : 'scheme-add-error'}
            onChange={(e) => setNewScheme(e.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Add
        </button>
      </form>
      {addError !== null && (
        <p id="scheme-add-error" role="alert" className="inline-error">
          {addError}
        </p>
      )}
      <div className="save-bar">
        <button type="button" className="button primary" disabled={!dirty || save.kind === 'saving'} onClick={() => void saveDraft()}>
          Save allowed schemes
        </button>
        <SaveStatus save={save} dirty={dirty} />
        <InlineError message={save.kind === 'refused' ? save.message : null} />
      </div>
    </section>
  );
}
