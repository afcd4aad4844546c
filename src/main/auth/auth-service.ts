import { randomBytes } from 'node:crypto';
import { OPERATOR_CODE } from '../services/operator-service.ts';
import { Refusal } from '../services/refusal.ts';
import type { Session, SessionUser } from '../services/session.ts';
import type { SampleDataAdded } from '../store/seed.ts';
import type { OperatorCredentials, Store } from '../store/store.ts';
import { recordOperatorChanges } from './audit.ts';
import { createLockout, type Lockout } from './lockout.ts';
import { hashPassword, passwordProblem, PASSWORDS_DIFFER, SCRYPT_COST, verifyPassword, type ScryptCost } from './password.ts';

export { PASSWORDS_DIFFER } from './password.ts';

export const WRONG_CREDENTIALS = 'Operator ID or password is wrong.';
export const ENTER_CREDENTIALS = 'Enter your operator ID and password.';
export const SETUP_DONE = 'The first administrator already exists: sign in instead.';

export type SetupRequest = {
  readonly code: string;
  readonly name: string;
  readonly password: string;
  readonly passwordAgain: string;
  readonly loadSampleData: boolean;
};

export type SetupResult = {
  /** The new administrator, already signed in. */
  readonly user: SessionUser;
  /** What the sample data added, or null when it was not asked for. */
  readonly sampleData: SampleDataAdded | null;
};

export type AuthService = {
  /** True while no active administrator with a password exists: the app shows the setup screen. */
  needsSetup(): boolean;
  /** Creates the first administrator and signs them in. Throws Refusal (or StoreError) saying what is wrong. */
  setupFirstAdmin(request: SetupRequest): Promise<SetupResult>;
  /** Throws Refusal: the same message for a wrong ID and a wrong password, or the lockout message. */
  signIn(code: string, password: string): Promise<SessionUser>;
  signOut(): void;
  /**
   * The signed-in user as the database has them now (role and name re-read), or null. Signs out a
   * user who was deactivated or lost their password meanwhile. Permission checks should use this.
   */
  currentUser(): SessionUser | null;
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

function toUser(credentials: Pick<OperatorCredentials, 'id' | 'code' | 'name' | 'role'>): SessionUser {
  return { operatorId: credentials.id, code: credentials.code, name: credentials.name, role: credentials.role };
}

function checkSetup(request: SetupRequest): { code: string; name: string } {
  const code = request.code.trim();
  const name = request.name.trim();
  if (!OPERATOR_CODE.test(code)) throw new Refusal(`Operator ID "${code}" must be 1 to 32 letters, digits, "-" or "_".`);
  if (name === '') throw new Refusal('Enter the administrator\'s name.');
  const problem = passwordProblem(request.password);
  if (problem !== null) throw new Refusal(problem);
  if (request.password !== request.passwordAgain) throw new Refusal(PASSWORDS_DIFFER);
  return { code, name };
}

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const { store, session } = deps;
  const now = deps.now ?? (() => new Date());
  const lockout = deps.lockout ?? createLockout();
  const cost = deps.hashCost ?? SCRYPT_COST;
  const serial = createSerialQueue();
  const needsSetup = (): boolean => store.operators.countActiveAdmins() === 0;

  // Unknown IDs and operators without a password are checked against this, so every refusal costs
  // the same scrypt time and timing does not tell which IDs exist. Random: no password matches it.
  let decoy: Promise<string> | null = null;
  const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(24).toString('base64'), cost));

  async function setup(request: SetupRequest): Promise<SetupResult> {
    if (!needsSetup()) throw new Refusal(SETUP_DONE);
    const { code, name } = checkSetup(request);
    const hash = await hashPassword(request.password, cost);
    // Checked again: nothing else may have created an administrator while the hash was computed.
    if (!needsSetup()) throw new Refusal(SETUP_DONE);
    const result = store.transaction(() => {
      const created = store.operators.create({ code, name, useSoftphone: false, note2: '' });
      store.operators.setRole(created.id, 'admin');
      const admin = store.operators.setPassword(created.id, hash);
      const user = toUser(admin);
      for (const row of recordOperatorChanges(null, admin, user, { at: now(), passwordChanged: true })) {
        store.audit.append(row);
      }
      return { user, sampleData: request.loadSampleData ? store.loadSampleData() : null };
    });
    session.signIn(result.user);
    return result;
  }

  async function signIn(typedCode: string, password: string): Promise<SessionUser> {
    const code = typedCode.trim();
    if (code === '' || password === '') throw new Refusal(ENTER_CREDENTIALS);
    const locked = lockout.lockedMessage(code);
    if (locked !== null) throw new Refusal(locked);
    const credentials = store.operators.credentials(code);
    const matches = await verifyPassword(password, credentials?.hash ?? (await decoyHash()));
    if (credentials === null || credentials.hash === null || !matches) {
      throw new Refusal(lockout.recordFailure(code) ?? WRONG_CREDENTIALS);
    }
    lockout.recordSuccess(code);
    // Told only to someone who knows the password, so it reveals nothing to a prober.
    if (!credentials.active) {
      throw new Refusal(`${credentials.name} (${credentials.code}) is deactivated: ask an administrator to reactivate this operator.`);
    }
    const user = toUser(credentials);
    session.signIn(user);
    return user;
  }

  return {
    needsSetup,
    setupFirstAdmin: (request) => serial(() => setup(request)),
    signIn: (code, password) => serial(() => signIn(code, password)),
    signOut: () => session.clear(),
    currentUser() {
      const held = session.user();
      if (held === null) return null;
      const account = store.operators.account(held.operatorId);
      if (account === null || !account.active || !account.hasPassword) {
        session.clear();
        return null;
      }
      const user = toUser(account);
      if (user.code !== held.code || user.name !== held.name || user.role !== held.role) session.signIn(user);
      return user;
    },
  };
}
