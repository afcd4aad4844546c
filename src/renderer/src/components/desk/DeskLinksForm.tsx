import { useEffect } from 'react';
import { DEFAULT_DIAL_HOTKEY, OPTIONAL_HANDLER_SCHEMES } from '../../../../shared/handler-schemes.ts';
import { useDeskLinksStore } from '../../store/desk-links-store.ts';

const SCHEME_WORDS: Readonly<Record<string, string>> = {
  tel: 'tel: links (web pages, e-mail, the collection system)',
  callto: 'callto: links',
  sip: 'sip: links',
};

/** Which of tel:, callto:, sip: this desk takes, and the hotkey: saved to desk-settings.json, used from the next start. */
export function DeskLinksForm() {
  const { view, draft, busy, result, load, toggleScheme, editHotkey, save } = useDeskLinksStore();
  useEffect(() => {
    void load();
  }, [load]);
  const refusedNow = (view?.refused ?? []).filter((r) => draft.handlerSchemes.includes(r.scheme));
  return (
    <section className="desk-links" aria-labelledby="desk-links-title">
      <h2 id="desk-links-title" className="form-title">
        Calls from other programs
      </h2>
      <p className="help">
        Saved in {view?.file ?? 'desk-settings.json'}. The app registers these links and the hotkey when it starts, so a change takes
        effect at the next start. softphone-launcher: links are always taken.
      </p>
      {view?.notices.map((notice) => (
        <p key={notice} className="warning">
          {notice}
        </p>
      ))}
      <form
        className="desk-links-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>This desk also takes</legend>
          {OPTIONAL_HANDLER_SCHEMES.map((scheme) => (
            <label key={scheme} className="toggle">
              <input type="checkbox" checked={draft.handlerSchemes.includes(scheme)} onChange={(e) => toggleScheme(scheme, e.target.checked)} />
              <span>{SCHEME_WORDS[scheme] ?? `${scheme}: links`}</span>
            </label>
          ))}
        </fieldset>
        {refusedNow.map((r) => (
          <p key={r.scheme} className="warning" role="note">
            {r.reason}
          </p>
        ))}
        <label className="field">
          <span>Hotkey that dials the clipboard&apos;s number</span>
          <input
            value={draft.dialHotkey}
            spellCheck={false}
            placeholder={`${DEFAULT_DIAL_HOTKEY} (empty: no hotkey)`}
            aria-describedby="desk-links-hotkey-hint"
            onChange={(e) => editHotkey(e.target.value)}
          />
        </label>
        <p id="desk-links-hotkey-hint" className="help">
          Electron&apos;s accelerator syntax with a modifier, for example {DEFAULT_DIAL_HOTKEY}. Leave it empty for no hotkey.
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Save link settings
          </button>
        </div>
        <p role="status" aria-label="Link settings result" className={result?.ok === false ? 'inline-error' : 'help'}>
          {busy ? 'Working…' : (result?.message ?? '')}
        </p>
      </form>
    </section>
  );
}
