import { useEffect } from 'react';
import { DATA_LOCATION_WORDS, TLS_MODES, type DataLocationView } from '../../../../shared/data-location.ts';
import { useDataLocationStore } from '../../store/data-location-store.ts';
import './data-location.css';

const TLS_WORDS = { disable: 'disable (no encryption)', require: 'require (encrypted)', 'verify-full': 'verify-full (encrypted, certificate checked)' } as const;

function inUseText(view: DataLocationView): string {
  return view.inUse.backend === 'sqlite'
    ? `In use now: this computer (${view.inUse.location}).`
    : `In use now: the shared call-floor database ${view.inUse.location}.`;
}

function passwordHint(view: DataLocationView | null): string {
  if (view?.saved.kind === 'floor' && view.saved.passwordStored) return 'A password is stored, encrypted. Leave this empty to keep it.';
  if (view !== null && !view.canStorePassword) {
    return 'This computer cannot keep a password encrypted, so a password cannot be saved here (Test connection still uses it).';
  }
  return 'Kept encrypted by the operating system; never shown again.';
}

/** "Where this desk keeps its data": This computer, or a shared call-floor database; Test connection and Save. */
export function DataLocationForm({ idPrefix }: { readonly idPrefix: string }) {
  const { view, draft, busy, result, load, edit, test, save } = useDataLocationStore();
  useEffect(() => {
    void load();
  }, [load]);
  const id = (part: string): string => `${idPrefix}-${part}`;
  return (
    <section className="data-location" aria-labelledby={id('title')}>
      <h2 id={id('title')} className="form-title">
        Where this desk keeps its data
      </h2>
      {view !== null && <p className="help">{inUseText(view)}</p>}
      {view?.override != null && <p className="warning">{view.override}</p>}
      <form
        className="data-location-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>Keep this desk&apos;s data in</legend>
          {(['this-computer', 'floor'] as const).map((kind) => (
            <label key={kind} className="toggle">
              <input type="radio" name={id('kind')} checked={draft.kind === kind} onChange={() => edit({ kind })} />
              <span>{DATA_LOCATION_WORDS[kind]}</span>
            </label>
          ))}
        </fieldset>
        {draft.kind === 'this-computer' ? (
          <p className="help">A database file of its own in this computer&apos;s user-data folder: nothing to set up.</p>
        ) : (
          <>
            <fieldset>
              <legend>Connect with</legend>
              <label className="toggle">
                <input type="radio" name={id('mode')} checked={draft.mode === 'fields'} onChange={() => edit({ mode: 'fields' })} />
                <span>Server and database</span>
              </label>
              <label className="toggle">
                <input type="radio" name={id('mode')} checked={draft.mode === 'url'} onChange={() => edit({ mode: 'url' })} />
                <span>A postgres:// URL</span>
              </label>
            </fieldset>
            {draft.mode === 'url' ? (
              <label className="field">
                <span>Connection URL</span>
                <input value={draft.url} spellCheck={false} placeholder="postgres://desk@db.example.com:5432/softphone" onChange={(e) => edit({ url: e.target.value })} />
              </label>
            ) : (
              <>
                <label className="field">
                  <span>Server</span>
                  <input value={draft.host} spellCheck={false} onChange={(e) => edit({ host: e.target.value })} />
                </label>
                <label className="field">
                  <span>Port</span>
                  <input value={draft.port} inputMode="numeric" onChange={(e) => edit({ port: e.target.value })} />
                </label>
                <label className="field">
                  <span>Database</span>
                  <input value={draft.database} spellCheck={false} onChange={(e) => edit({ database: e.target.value })} />
                </label>
                <label className="field">
                  <span>Database user</span>
                  <input value={draft.user} spellCheck={false} autoComplete="off" onChange={(e) => edit({ user: e.target.value })} />
                </label>
                <label className="field">
                  <span>TLS mode</span>
                  <select value={draft.tls} onChange={(e) => edit({ tls: e.target.value as (typeof TLS_MODES)[number] })}>
                    {TLS_MODES.map((mode) => (
                      <option key={mode} value={mode}>
                        {TLS_WORDS[mode]}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
            <label className="field">
              <span>Database password</span>
              <input
                type="password"
                value={draft.password}
                autoComplete="off"
                aria-describedby={id('password-hint')}
                onChange={(e) => edit({ password: e.target.value })}
              />
            </label>
            <p id={id('password-hint')} className="help">
              {passwordHint(view)}
            </p>
          </>
        )}
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void test()}>
            Test connection
          </button>
          <button type="submit" className="button" disabled={busy}>
            Save data location
          </button>
        </div>
        <p role="status" aria-label="Connection result" className={result?.ok === false ? 'inline-error' : 'help'}>
          {busy ? 'Working…' : (result?.message ?? '')}
        </p>
      </form>
    </section>
  );
}
