import type { OperatorRole } from '../store/contract.ts';
import { UserError } from '../errors.ts';

/** The operator signed in to this window, as main holds it. */
export type SessionUser = {
  readonly operatorId: number;
  readonly code: string;
  readonly name: string;
  readonly role: OperatorRole;
};

export const SIGN_IN_FIRST = 'Sign in first.';

/**
 * Who is signed in, and so whose extension and Note 2 every dial uses. Held in main: the renderer's
 * word never decides which extension is sent or what a caller may change.
 */
export type Session = {
  user(): SessionUser | null;
  /** The signed-in user; throws UserError "Sign in first." when nobody is. */
  requireUser(): SessionUser;
  /** Holds `user` as signed in (also to refresh a changed name or role). */
  signIn(user: SessionUser): void;
  /** Signs out. */
  clear(): void;
};

export function createSession(): Session {
  let user: SessionUser | null = null;
  return {
    user: () => user,
    requireUser() {
      if (user === null) throw new UserError(SIGN_IN_FIRST);
      return user;
    },
    signIn(next) {
      user = next;
    },
    clear() {
      user = null;
    },
  };
}

/** The session's view of an operator row. */
export function toUser(operator: { readonly id: number; readonly code: string; readonly name: string; readonly role: OperatorRole }): SessionUser {
  return { operatorId: operator.id, code: operator.code, name: operator.name, role: operator.role };
}
