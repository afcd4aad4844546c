import { PASSWORD_HINT } from '../../logic/session-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { usePasswordStore } from '../../store/password-store.ts';
import { NewPasswordField } from '../auth/NewPasswordField.tsx';

type Props = { readonly operatorId: number; readonly name: string };

/** An administrator sets an operator's password; nobody can sign in without one (there is no default). */
export function PasswordPanel({ operatorId, name }: Props) {
  const password = usePasswordStore((s) => s.password);
  const passwordAgain = usePasswordStore((s) => s.passwordAgain);
  const outcome = usePasswordStore((s) => s.outcome);
  const setPassword = usePasswordStore((s) => s.setPassword);
  const setPasswordAgain = usePasswordStore((s) => s.setPasswordAgain);
  const submit = usePasswordStore((s) => s.submit);
  // From AppState, which main reloads after every password change.
  const hasPassword = useAppStore((s) => s.app?.operators.find((o) => o.id === operatorId)?.hasPassword ?? false);

  return (
    <form
      className="panel password-panel"
      aria-labelledby="password-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(operatorId);
      }}
    >
      <h2 id="password-title" className="form-title">
        Password
      </h2>
      <p className="help">
        {hasPassword
          ? `${name} can sign in. A new password replaces the old one.`
          : `${name} has no password yet and cannot sign in.`}
      </p>
      <div className="password-row">
        <NewPasswordField label="New password" value={password} hintId="new-password-hint" onChange={setPassword} />
        <NewPasswordField label="New password again" value={passwordAgain} hintId="new-password-hint" onChange={setPasswordAgain} />
        <button type="submit" className="button" disabled={outcome.kind === 'setting'}>
          Set password
        </button>
      </div>
      <p id="new-password-hint" className="help">
        {PASSWORD_HINT}
      </p>
      <div role="status" aria-label="Password result">
        {outcome.kind === 'setting' && <span className="muted">Setting the password…</span>}
        {outcome.kind === 'set' && <span className="saved">Password set for {outcome.name}.</span>}
      </div>
      {outcome.kind === 'refused' && (
        <p role="alert" className="inline-error">
          {outcome.message}
        </p>
      )}
    </form>
  );
}
