import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/main/errors.ts';
import { BACKENDS } from './backends.ts';

const HASH = 'scrypt$32768$8$1$c2FsdA==$aGFzaA==';

describe.each(BACKENDS)('operator accounts ($name)', (backend) => {
  it('makes every seeded operator a plain, active operator without a password', async () => {
    const store = await backend.fresh();
    expect((await store.operators.accounts()).map(({ code, role, active, hasPassword }) => ({ code, role, active, hasPassword }))).toEqual([
      { code: 'ANNA', role: 'operator', active: true, hasPassword: false },
      { code: 'BEN', role: 'operator', active: true, hasPassword: false },
      { code: 'CARA', role: 'operator', active: true, hasPassword: false },
      { code: 'DAN', role: 'operator', active: true, hasPassword: false },
    ]);
    expect(await store.operators.countActiveAdmins()).toBe(0);
  });

  it('reads an account with the detail fields and the sign-in fields', async () => {
    const store = await backend.fresh();
    expect(await store.operators.account(2)).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452',
      role: 'operator', active: true, hasPassword: false,
    });
    expect(await store.operators.account(99)).toBeNull();
  });

  it('sets a password, a role and the active flag, and keeps the other fields', async () => {
    const store = await backend.fresh();
    await store.operators.setPassword(2, HASH);
    await store.operators.setRole(2, 'admin');
    const ben = (await store.operators.setActive(2, false));
    expect(ben).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452',
      role: 'admin', active: false, hasPassword: true,
    });
    expect(await store.operators.account(2)).toEqual(ben);
    expect((await store.operators.setPassword(2, null)).hasPassword).toBe(false);
  });

  it('gives the hash only through credentials, found by code whatever its case', async () => {
    const store = await backend.fresh();
    await store.operators.setPassword(2, HASH);
    expect(await store.operators.credentials(' ben ')).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', hash: HASH, active: true, role: 'operator',
    });
    expect(await store.operators.credentials('ANNA')).toEqual({
      id: 1, code: 'ANNA', name: 'Anna Softphone', hash: null, active: true, role: 'operator',
    });
    expect(await store.operators.credentials('NOBODY')).toBeNull();
    expect(JSON.stringify((await store.operators.accounts()))).not.toContain(HASH);
  });

  it('counts only administrators who are active and have a password', async () => {
    const store = await backend.fresh();
    await store.operators.setRole(1, 'admin');
    expect(await store.operators.countActiveAdmins()).toBe(0);
    await store.operators.setPassword(1, HASH);
    expect(await store.operators.countActiveAdmins()).toBe(1);
    await store.operators.setRole(2, 'admin');
    await store.operators.setPassword(2, HASH);
    expect(await store.operators.countActiveAdmins()).toBe(2);
    await store.operators.setActive(2, false);
    expect(await store.operators.countActiveAdmins()).toBe(1);
    await store.operators.setPassword(3, HASH); // an operator with a password is no administrator
    expect(await store.operators.countActiveAdmins()).toBe(1);
  });

  it('refuses to change an operator that does not exist', async () => {
    const store = await backend.fresh();
    await expect(store.operators.setPassword(99, HASH)).rejects.toThrow(new UserError('There is no operator with id 99.'));
    await expect(store.operators.setRole(99, 'admin')).rejects.toThrow(new UserError('There is no operator with id 99.'));
    await expect(store.operators.setActive(99, false)).rejects.toThrow(new UserError('There is no operator with id 99.'));
  });

  it('leaves list, get and update as they were: detail fields only, role and password untouched', async () => {
    const store = await backend.fresh();
    await store.operators.setRole(4, 'admin');
    await store.operators.setPassword(4, HASH);
    const updated = (await store.operators.update(4, { code: 'DAN', name: 'Dan Desk', useSoftphone: true, note2: 'tel:' }));
    expect(updated).toEqual({ id: 4, code: 'DAN', name: 'Dan Desk', useSoftphone: true, note2: 'tel:' });
    expect(await store.operators.account(4)).toMatchObject({ role: 'admin', hasPassword: true });
  });
});
