import { randomBytes } from 'node:crypto';
import { errorText, UserError } from '../errors.ts';
import type { Session, SessionUser } from './session.ts';
import { setupFirstAdmin, type SetupRequest, type SetupResult } from '../operators/first-admin-setup.ts';
import type { Store } from '../store/contract.ts';
import { toUser } from './session.ts';
import { createLockout, type Lockout } from './lockout.ts';
import { hashPassword, SCRYPT_COST, verifyPassword, type ScryptCost } from './password.ts';

export { PASSWORDS_DIFFER } from './password.ts';

export const WRONG_CREDENTIALS = 'Operator ID or password is wrong.';

/** A sign-in checks the database (password, lockout): when it cannot be read, say so; a desk already signed in keeps dialing. */
export function signInNeedsDatabase(reason: string): string {
  return `Signing in needs the database, and it cannot be read right now (${reason}). Try again in a moment; operators already signed in keep dialing.`;
}

function needsDatabase(error: unknown): never {
  if (error instanceof UserError) throw error;
  throw new UserError(signInNeedsDatabase(errorText(error)), { cause: error });
}
export const ENTER_CREDENTIALS = 'Enter your operator ID and password.';
export { SETUP_DONE } from '../operators/first-admin-setup.ts';

export type { SetupRequest, SetupResult } from '../operators/first-admin-setup.ts';

export type AuthService = {
  /** True while no active administrator with a password exists: the app shows the setup screen. */
  needsSetup(): Promise<boolean>;
  /** Creates the first administrator and signs them in. Rejects with UserError saying what is wrong. */
  setupFirstAdmin(request: SetupRequest): Promise<SetupResult>;
  /** Throws UserError: the same message for a wrong ID and a wrong password, or the lockout message. */
  signIn(code: string, password: string): Promise<SessionUser>;
  signOut(): void;
  /**
   * The signed-in user as the database has them now (role and name re-read), or null. Signs out a
   * user who was deactivated or lost their password meanwhile. Permission checks should use this.
   * When the database cannot be read, the user as last read stays signed in: a desk keeps dialing.
   */
  currentUser(): Promise<SessionUser | null>;
};

export type AuthServiceDeps = {
  store: Store;
  session: Session;
  lockout?: Lockout;
  now?: () => Date;
  /** Only for tests that need many hashes; the app uses SCRYPT_COST. */
  hashCost?: ScryptCost;
};

/**
 * Runs async jobs one after another. Sign-ins are checked against the lockout one at a time, so a
 * burst of parallel guesses cannot all get past the lockout check before the first one has failed.
 */
function createSerialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const { store, session } = deps;
  const now = deps.now ?? (() => new Date());
  const lockout = deps.lockout ?? createLockout({ repo: store.lockouts });
  const cost = deps.hashCost ?? SCRYPT_COST;
  const serial = createSerialQueue();

  // Unknown IDs and operators without a password are checked against this, so every refusal costs
  // the same scrypt time and timing does not tell which IDs exist. Random: no password matches it.
  let decoy: Promise<string> | null = null;
  const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(24).toString('base64'), cost));

  async function signIn(typedCode: string, password: string): Promise<SessionUser> {
    const code = typedCode.trim();
    if (code === '' || password === '') throw new UserError(ENTER_CREDENTIALS);
    const locked = await lockout.lockedMessage(code);
    if (locked !== null) throw new UserError(locked);
    const credentials = await store.operators.credentials(code);
    const matches = await verifyPassword(password, credentials?.hash ?? (await decoyHash()));
    if (credentials === null || credentials.hash === null || !matches) {
      throw new UserError((await lockout.recordFailure(code)) ?? WRONG_CREDENTIALS);
    }
    await lockout.recordSuccess(code);
    // Told only to someone who knows the password, so it reveals nothing to a prober.
    if (!credentials.active) {
      throw new UserError(`${credentials.name} (${credentials.code}) is deactivated: ask an administrator to reactivate this operator.`);
    }
    const user = toUser(credentials);
    session.signIn(user);
    return user;
  }

  async function currentUser(): Promise<SessionUser | null> {
    const held = session.user();
    if (held === null) return null;
    let account;
    try {
      account = await store.operators.account(held.operatorId);
    } catch {
      return held;
    }
    if (account === null || !account.active || !account.hasPassword) {
      session.clear();
      return null;
    }
    const user = toUser(account);
    if (user.code !== held.code || user.name !== held.name || user.role !== held.role) session.signIn(user);
    return user;
  }

  return {
    needsSetup: async () => (await store.operators.countActiveAdmins()) === 0,
    setupFirstAdmin: (request) => serial(() => setupFirstAdmin({ store, session, now, cost }, request)),
    signIn: (code, password) => serial(() => signIn(code, password).catch(needsDatabase)),
    signOut: () => session.clear(),
    currentUser,
  };
}
