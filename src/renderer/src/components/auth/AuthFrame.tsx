import type { ReactNode } from 'react';

/** The frame of the screens shown before anyone is signed in: the app's name and one small form. */
export function AuthFrame({ children }: { readonly children: ReactNode }) {
  return (
    <main className="auth">
      <div className="auth-card">
        <p className="auth-brand" aria-hidden="true">
          Softphone Launcher
        </p>
        {children}
      </div>
    </main>
  );
}
