import { DataLocationForm } from '../desk/DataLocationForm.tsx';
import { PASSWORD_HINT } from '../../logic/session-text.ts';
import { useSetupStore } from '../../store/setup-store.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { NewPasswordField } from './NewPasswordField.tsx';

/** First run: no administrator exists, so the first one is created here and signed in. */
export function SetupScreen() {
  const fields = useSetupStore((s) => s);
  const { edit, submit, busy, error } = fields;
  return (
    <AuthFrame>
      <form
        className="auth-form"
        aria-labelledby="setup-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h1 id="setup-title">Set up Softphone Launcher</h1>
        <p className="help">Create the first administrator. Administrators add operators and set their passwords.</p>
        <label className="field">
          <span>Operator ID</span>
          <input
            value={fields.code}
            maxLength={32}
            autoComplete="username"
            spellCheck={false}
            autoFocus
            onChange={(e) => edit({ code: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Name</span>
          <input value={fields.name} maxLength={100} autoComplete="name" onChange={(e) => edit({ name: e.target.value })} />
        </label>
        <NewPasswordField label="Password" value={fields.password} hintId="setup-password-hint" onChange={(password) => edit({ password })} />
        <NewPasswordField
          label="Password again"
          value={fields.passwordAgain}
          hintId="setup-password-hint"
          onChange={(passwordAgain) => edit({ passwordAgain })}
        />
        <p id="setup-password-hint" className="help">
          {PASSWORD_HINT}
        </p>
        <label className="toggle">
          <input type="checkbox" checked={fields.loadSampleData} onChange={(e) => edit({ loadSampleData: e.target.checked })} />
          <span>Load the sample data</span>
        </label>
        <p className="help">
          Four sample operators (without passwords) and the specification&apos;s debtors, to try the app at once.
        </p>
        {error !== null && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          Create administrator
        </button>
      </form>
      <DataLocationForm idPrefix="setup-data" />
    </AuthFrame>
  );
}
