import type { OperatorRole } from '../store/store.ts';
import { Refusal } from './refusal.ts';

/** The operator signed in to this window, as main holds it. */
export type SessionUser = {
  readonly operatorId: number;
  readonly code: string;
  readonly name: string;
  readonly role: OperatorRole;
};

export const SIGN_IN_FIRST = 'Sign in first.';

/**
 * Who is signed in, and who is dialing. Held in main: the renderer's word never decides which
 * extension is sent or what a caller may change. Signing in makes the user the one dialing;
 * `choose` (the "Dialing as" picker, for administrators once sign-in is wired) changes only who dials.
 */
export type Session = {
  operatorId(): number | null;
  requireOperatorId(): number;
  choose(operatorId: number): void;
  /** Signs out and forgets who is dialing. */
  clear(): void;
  user(): SessionUser | null;
  /** The signed-in user; throws Refusal "Sign in first." when nobody is. */
  requireUser(): SessionUser;
  /** Holds `user` as signed in (also to refresh a changed name or role) and makes them the one dialing. */
  signIn(user: SessionUser): void;
};

export function createSession(): Session {
  let current: number | null = null;
  let user: SessionUser | null = null;
  return {
    operatorId: () => current,
    requireOperatorId() {
      if (current === null) throw new Refusal('Choose who is dialing first ("Dialing as").');
      return current;
    },
    choose(operatorId) {
      current = operatorId;
    },
    clear() {
      current = null;
      user = null;
    },
    user: () => user,
    requireUser() {
      if (user === null) throw new Refusal(SIGN_IN_FIRST);
      return user;
    },
    signIn(next) {
      // A refresh of the same user keeps whoever an administrator chose to dial as.
      if (user?.operatorId !== next.operatorId) current = next.operatorId;
      user = next;
    },
  };
}
