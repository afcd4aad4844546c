import { describe, expect, it } from 'vitest';
import { createAuthService, ENTER_CREDENTIALS, WRONG_CREDENTIALS } from '../../../src/main/auth/auth-service.ts';
import { hashPassword } from '../../../src/main/auth/password.ts';
import { UserError } from '../../../src/main/errors.ts';
import { createSession } from '../../../src/main/auth/session.ts';
import { ADMIN_PASSWORD, TEST_COST, withAdmin, type AuthFixture } from './auth-setup.ts';

const BEN_PASSWORD = 'ben password 22';

/** ADA (admin, id 1) from the setup, and BEN (operator, id 2) with a password. */
async function withBen(): Promise<AuthFixture> {
  const fixture = await withAdmin();
  const ben = (await fixture.store.operators.create({ code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452' }));
  await fixture.store.operators.setPassword(ben.id, await hashPassword(BEN_PASSWORD, TEST_COST));
  return fixture;
}

async function refusalOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('The sign-in was not refused.');
}

describe('sign-in', () => {
  it('signs an operator in with their ID, in any case, and password', async () => {
    const { auth, session } = await withBen();
    const user = await auth.signIn(' ben ', BEN_PASSWORD);
    expect(user).toEqual({ operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' });
    expect(session.user()).toEqual(user);
    expect(await auth.currentUser()).toEqual(user);
  });

  it('signs an administrator in with the administrator role', async () => {
    const { auth } = await withBen();
    await expect(auth.signIn('ADA', ADMIN_PASSWORD)).resolves.toEqual({ operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' });
  });

  it('gives the same message for a wrong password and an unknown ID', async () => {
    const { auth, session } = await withBen();
    expect(WRONG_CREDENTIALS).toBe('Operator ID or password is wrong.');
    expect(await refusalOf(auth.signIn('BEN', 'not the password'))).toBe(WRONG_CREDENTIALS);
    expect(await refusalOf(auth.signIn('NOBODY', BEN_PASSWORD))).toBe(WRONG_CREDENTIALS);
    expect(session.user()).toBeNull();
  });

  it('refuses an operator who has no password with that same message', async () => {
    const { auth, store } = await withBen();
    await store.operators.create({ code: 'DAN', name: 'Dan Desk', useSoftphone: false, note2: '' });
    expect(await refusalOf(auth.signIn('DAN', 'any password at all'))).toBe(WRONG_CREDENTIALS);
  });

  it('refuses a deactivated operator, but tells only someone with the right password why', async () => {
    const { auth, store, session } = await withBen();
    await store.operators.setActive(2, false);
    expect(await refusalOf(auth.signIn('BEN', 'not the password'))).toBe(WRONG_CREDENTIALS);
    expect(await refusalOf(auth.signIn('BEN', BEN_PASSWORD))).toBe(
      'Ben UDP (BEN) is deactivated: ask an administrator to reactivate this operator.',
    );
    expect(session.user()).toBeNull();
  });

  it('asks for both fields when one is empty, without counting a failure', async () => {
    const { auth } = await withBen();
    expect(ENTER_CREDENTIALS).toBe('Enter your operator ID and password.');
    for (let i = 0; i < 6; i += 1) expect(await refusalOf(auth.signIn('BEN', ''))).toBe(ENTER_CREDENTIALS);
    expect(await refusalOf(auth.signIn('  ', BEN_PASSWORD))).toBe(ENTER_CREDENTIALS);
    await expect(auth.signIn('BEN', BEN_PASSWORD)).resolves.toMatchObject({ code: 'BEN' });
  });

  it('locks an ID after 5 failures, even against the right password, until 30 seconds pass', async () => {
    const { auth, clock, session } = await withBen();
    const messages: string[] = [];
    for (let i = 0; i < 5; i += 1) messages.push(await refusalOf(auth.signIn('BEN', `guess number ${i}`)));
    const locked = 'Too many failed sign-ins for BEN: try again in 30 seconds.';
    expect(messages).toEqual([WRONG_CREDENTIALS, WRONG_CREDENTIALS, WRONG_CREDENTIALS, WRONG_CREDENTIALS, locked]);
    expect(await refusalOf(auth.signIn('ben', BEN_PASSWORD))).toBe('Too many failed sign-ins for ben: try again in 30 seconds.');
    expect(session.user()).toBeNull();
    // Another ID is not affected.
    await expect(auth.signIn('ADA', ADMIN_PASSWORD)).resolves.toMatchObject({ code: 'ADA' });

    clock.advance(30_000);
    await expect(auth.signIn('BEN', BEN_PASSWORD)).resolves.toMatchObject({ code: 'BEN' });
  });

  it('locks made-up IDs the same way, so probing for IDs is slowed too', async () => {
    const { auth } = await withBen();
    const messages: string[] = [];
    for (let i = 0; i < 6; i += 1) messages.push(await refusalOf(auth.signIn('ZED', `guess number ${i}`)));
    expect(messages.slice(4)).toEqual([
      'Too many failed sign-ins for ZED: try again in 30 seconds.',
      'Too many failed sign-ins for ZED: try again in 30 seconds.',
    ]);
  });

  it('starts the count again after a successful sign-in', async () => {
    const { auth } = await withBen();
    for (let i = 0; i < 4; i += 1) await refusalOf(auth.signIn('BEN', 'wrong password'));
    await auth.signIn('BEN', BEN_PASSWORD);
    for (let i = 0; i < 4; i += 1) expect(await refusalOf(auth.signIn('BEN', 'wrong password'))).toBe(WRONG_CREDENTIALS);
  });

  it('lets no guess past the lockout when many arrive at once', async () => {
    const { auth, session } = await withBen();
    // The sixth of eight simultaneous guesses is right, but five wrong ones came first.
    const passwords = Array.from({ length: 8 }, (_, i) => (i === 5 ? BEN_PASSWORD : `parallel guess ${i}`));
    const messages = await Promise.all(passwords.map((password) => refusalOf(auth.signIn('BEN', password))));
    const locked = 'Too many failed sign-ins for BEN: try again in 30 seconds.';
    expect(messages).toEqual([...Array<string>(4).fill(WRONG_CREDENTIALS), ...Array<string>(4).fill(locked)]);
    expect(session.user()).toBeNull();
  });

  it('signs out', async () => {
    const { auth, session } = await withBen();
    await auth.signIn('BEN', BEN_PASSWORD);
    auth.signOut();
    expect(session.user()).toBeNull();
    expect(await auth.currentUser()).toBeNull();
  });

  it('switches operator: a new sign-in replaces the user, whose extension is then dialed', async () => {
    const { auth, session } = await withBen();
    await auth.signIn('ADA', ADMIN_PASSWORD);
    await auth.signIn('BEN', BEN_PASSWORD);
    expect(session.user()?.code).toBe('BEN');
  });
});

describe('the signed-in user as main sees them', () => {
  it('follows a role change at once', async () => {
    const { auth, store, session } = await withBen();
    await auth.signIn('BEN', BEN_PASSWORD);
    await store.operators.setRole(2, 'admin');
    expect(await auth.currentUser()).toEqual({ operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'admin' });
    expect(session.user()?.role).toBe('admin');
  });

  it('signs out a user who was deactivated or whose password was removed', async () => {
    const { auth, store, session } = await withBen();
    await auth.signIn('BEN', BEN_PASSWORD);
    await store.operators.setActive(2, false);
    expect(await auth.currentUser()).toBeNull();
    expect(session.user()).toBeNull();

    await store.operators.setActive(2, true);
    await auth.signIn('BEN', BEN_PASSWORD);
    await store.operators.setPassword(2, null);
    expect(await auth.currentUser()).toBeNull();
  });

  it('is nobody in a new session', async () => {
    const { store } = await withBen();
    expect(await createAuthService({ store, session: createSession() }).currentUser()).toBeNull();
  });
});
