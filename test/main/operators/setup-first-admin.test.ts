import { describe, expect, it } from 'vitest';
import { PASSWORDS_DIFFER, SETUP_DONE } from '../../../src/main/auth/auth-service.ts';
import { verifyPassword } from '../../../src/main/auth/password.ts';
import { UserError } from '../../../src/main/errors.ts';
import { ADMIN_PASSWORD, authFixture, withAdmin } from '../auth/auth-setup.ts';

const setup = (overrides: Partial<{ code: string; name: string; password: string; passwordAgain: string; loadSampleData: boolean }> = {}) => ({
  code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD, loadSampleData: false, ...overrides,
});

describe('first-run setup', () => {
  it('is needed while no administrator can sign in', async () => {
    expect(await authFixture().auth.needsSetup()).toBe(true);
    // Operators from an older version, or the sample data, do not count: none is an administrator.
    expect(await authFixture({ seed: true }).auth.needsSetup()).toBe(true);
  });

  it('creates the first administrator with a hashed password and signs them in', async () => {
    const { auth, store, session } = authFixture();
    const result = await auth.setupFirstAdmin(setup({ code: ' ADA ', name: ' Ada Admin ' }));

    expect(result).toEqual({ user: { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' }, sampleData: null });
    expect(session.user()).toEqual(result.user);
    expect(await store.operators.account(1)).toEqual({
      id: 1, code: 'ADA', name: 'Ada Admin', useSoftphone: false, note2: '', role: 'admin', active: true, hasPassword: true,
    });
    const hash = (await store.operators.credentials('ADA'))?.hash ?? '';
    expect(hash).toMatch(/^scrypt\$/);
    await expect(verifyPassword(ADMIN_PASSWORD, hash)).resolves.toBe(true);
    expect(await auth.needsSetup()).toBe(false);
  });

  it('records the new administrator in the audit trail, password as "(changed)" only', async () => {
    const { auth, store } = authFixture();
    await auth.setupFirstAdmin(setup());
    const trail = (await store.audit.listForOperator(1, 20));
    expect(trail.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['password', null, '(changed)'],
      ['active', null, 'active'],
      ['role', null, 'Administrator'],
      ['note2', null, ''],
      ['useSoftphone', null, 'off'],
      ['name', null, 'Ada Admin'],
      ['code', null, 'ADA'],
    ]);
    expect(trail.every((e) => e.actorId === 1 && e.actorName === 'Ada Admin' && e.at === '2025-03-04T10:20:30.456Z')).toBe(true);
    expect(JSON.stringify(trail)).not.toContain(ADMIN_PASSWORD);
  });

  it('works only once', async () => {
    const { auth, store } = await withAdmin();
    const again = auth.setupFirstAdmin(setup({ code: 'EVE', name: 'Eve Evil' }));
    await expect(again).rejects.toThrow(UserError);
    await expect(auth.setupFirstAdmin(setup({ code: 'EVE', name: 'Eve Evil' }))).rejects.toThrow(SETUP_DONE);
    expect(SETUP_DONE).toBe('The first administrator already exists: sign in instead.');
    expect((await store.operators.accounts()).map((a) => a.code)).toEqual(['ADA']);
  });

  it('creates one administrator when two setups race', async () => {
    const { auth, store } = authFixture();
    const results = await Promise.allSettled([
      auth.setupFirstAdmin(setup()),
      auth.setupFirstAdmin(setup({ code: 'EVE', name: 'Eve Evil' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await store.operators.accounts()).map((a) => a.code)).toEqual(['ADA']);
  });

  it('refuses passwords that differ, and creates nothing', async () => {
    const { auth, store, session } = authFixture();
    await expect(auth.setupFirstAdmin(setup({ passwordAgain: `${ADMIN_PASSWORD}!` }))).rejects.toThrow(PASSWORDS_DIFFER);
    expect(PASSWORDS_DIFFER).toBe('The two passwords are not the same. Type the password twice, exactly alike.');
    expect(await store.operators.accounts()).toEqual([]);
    expect(session.user()).toBeNull();
    expect(await auth.needsSetup()).toBe(true);
  });

  it('refuses a short password, a bad operator ID and an empty name, saying which', async () => {
    const { auth, store } = authFixture();
    await expect(auth.setupFirstAdmin(setup({ password: 'short', passwordAgain: 'short' }))).rejects.toThrow(
      'A password needs at least 10 characters; this one has 5.',
    );
    await expect(auth.setupFirstAdmin(setup({ code: 'ada lovelace' }))).rejects.toThrow(
      'Operator ID "ada lovelace" must be 1 to 32 letters, digits, "-" or "_".',
    );
    await expect(auth.setupFirstAdmin(setup({ name: '  ' }))).rejects.toThrow("Enter the administrator's name.");
    expect(await store.operators.accounts()).toEqual([]);
  });

  it('refuses a password of ten spaces and a common password, saying why, and creates nobody', async () => {
    const { auth, store } = authFixture();
    const spaces = ' '.repeat(10);
    await expect(auth.setupFirstAdmin(setup({ password: spaces, passwordAgain: spaces }))).rejects.toThrow(
      'A password cannot be only spaces: type letters, digits or signs.',
    );
    await expect(auth.setupFirstAdmin(setup({ password: 'qwertyuiop', passwordAgain: 'qwertyuiop' }))).rejects.toThrow(
      '"qwertyuiop" is one of the most common passwords and is guessed at once. Choose another.',
    );
    expect(await store.operators.accounts()).toEqual([]);
  });

  it('loads the sample data when asked', async () => {
    const { auth, store } = authFixture();
    const result = await auth.setupFirstAdmin(setup({ loadSampleData: true }));
    expect(result.sampleData).toEqual({ operators: 4, clients: 5, debtors: 42 });
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['ADA', 'ANNA', 'BEN', 'CARA', 'DAN']);
    expect((await store.debtors.search('', 0, 1)).total).toBe(42);
    // The sample operators are plain operators without passwords: only ADA can sign in.
    expect(await store.operators.countActiveAdmins()).toBe(1);
  });

  it('leaves the database empty of samples when not asked', async () => {
    const { auth, store } = authFixture();
    await auth.setupFirstAdmin(setup({ loadSampleData: false }));
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['ADA']);
    expect((await store.debtors.search('', 0, 1)).total).toBe(0);
  });

  it('keeps the administrator when the chosen ID is a sample operator code, leaving that sample out', async () => {
    const { auth, store } = authFixture();
    const result = await auth.setupFirstAdmin(setup({ code: 'anna', loadSampleData: true }));
    expect(result.sampleData).toEqual({ operators: 3, clients: 5, debtors: 42 });
    expect(await store.operators.credentials('ANNA')).toMatchObject({ code: 'anna', name: 'Ada Admin', role: 'admin' });
  });

  it('refuses an ID an existing operator already has, and creates nothing', async () => {
    const { auth, store } = authFixture({ seed: true });
    await expect(auth.setupFirstAdmin(setup({ code: 'ben' }))).rejects.toThrow(
      'The operator code "ben" is already used by Ben UDP (BEN). Choose another code.',
    );
    expect((await store.operators.accounts()).map((a) => a.code)).toEqual(['ANNA', 'BEN', 'CARA', 'DAN']);
    expect(await store.audit.list(10)).toEqual([]);
    expect(await auth.needsSetup()).toBe(true);
  });
});
