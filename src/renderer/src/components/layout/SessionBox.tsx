import { ROLE_WORD, signedInText } from '../../logic/session-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useHelpStore } from '../../store/help-store.ts';
import { useLeaveGuardStore } from '../../store/leave-guard-store.ts';
import { useSignInStore } from '../../store/sign-in-store.ts';

/** Who is dialing: every dial uses the signed-in operator's stored settings. Switching is signing out and in. */
export function SessionBox() {
  const session = useAppStore((s) => s.app?.session ?? null);
  const signOut = useSignInStore((s) => s.signOut);
  const showHelp = useHelpStore((s) => s.show);
  const leaveThen = useLeaveGuardStore((s) => s.leaveThen);
  if (session === null) return null;
  return (
    <div className="session-box">
      <span className="signed-in-as">{signedInText(session)}</span>
      <span className={`role-badge ${session.role}`}>{ROLE_WORD[session.role]}</span>
      <button type="button" className="button small on-dark" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={showHelp}>
        ?
      </button>
      <button type="button" className="button small on-dark" onClick={() => leaveThen(() => void signOut())}>
        Sign out
      </button>
    </div>
  );
}
