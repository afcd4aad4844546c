import { useEffect, useRef } from 'react';
import { useSignInStore } from '../../store/sign-in-store.ts';
import { AuthFrame } from './AuthFrame.tsx';

export function SignInScreen() {
  const code = useSignInStore((s) => s.code);
  const password = useSignInStore((s) => s.password);
  const busy = useSignInStore((s) => s.busy);
  const error = useSignInStore((s) => s.error);
  const setCode = useSignInStore((s) => s.setCode);
  const setPassword = useSignInStore((s) => s.setPassword);
  const submit = useSignInStore((s) => s.submit);
  const passwordField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After a refusal the password was cleared: the caret waits there for the next try.
    if (error !== null) passwordField.current?.focus();
  }, [error]);

  return (
    <AuthFrame>
      <form
        className="auth-form"
        aria-labelledby="sign-in-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h1 id="sign-in-title">Sign in</h1>
        <label className="field">
          <span>Operator ID</span>
          <input
            value={code}
            maxLength={32}
            autoComplete="username"
            spellCheck={false}
            // The only thing to do on this screen.
            autoFocus
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            ref={passwordField}
            type="password"
            value={password}
            autoComplete="current-password"
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : 'sign-in-error'}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error !== null && (
          <p id="sign-in-error" role="alert" className="inline-error">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </AuthFrame>
  );
}
