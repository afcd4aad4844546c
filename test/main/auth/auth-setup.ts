import { createAuthService, type AuthService } from '../../../src/main/auth/auth-service.ts';
import { createLockout } from '../../../src/main/auth/lockout.ts';
import { createSession, type Session } from '../../../src/main/auth/session.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { fixedNow, freshStore } from '../store/temp-store.ts';

/** Real scrypt at a low cost: these tests hash often, and password.test.ts covers the real cost. */
export const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

export const ADMIN_PASSWORD = 'admin password 1';

export type AuthFixture = {
  store: Store;
  session: Session;
  auth: AuthService;
  clock: { advance(ms: number): void };
};

/** An auth service over a real, empty softphone.db (no sample data), with a clock the test moves. */
export function authFixture(options: { seed?: boolean } = {}): AuthFixture {
  const store = freshStore({ seed: options.seed ?? false });
  const session = createSession();
  let ms = 1_700_000_000_000;
  const lockout = createLockout({ repo: store.lockouts, now: () => ms });
  const auth = createAuthService({ store, session, lockout, now: fixedNow, hashCost: TEST_COST });
  return { store, session, auth, clock: { advance: (by) => (ms += by) } };
}

/** The fixture after the first-run setup created administrator ADA (signed out again). */
export async function withAdmin(options: { loadSampleData?: boolean } = {}): Promise<AuthFixture> {
  const fixture = authFixture();
  await fixture.auth.setupFirstAdmin({
    code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD,
    loadSampleData: options.loadSampleData ?? false,
  });
  fixture.auth.signOut();
  return fixture;
}
