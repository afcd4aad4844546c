import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/main/store/store.ts';
import { freshStore } from './temp-store.ts';

const HASH = 'scrypt$32768$8$1$c2FsdA==$aGFzaA==';

describe('operator accounts', () => {
  it('makes every seeded operator a plain, active operator without a password', () => {
    const store = freshStore();
    expect(store.operators.accounts().map(({ code, role, active, hasPassword }) => ({ code, role, active, hasPassword }))).toEqual([
      { code: 'ANNA', role: 'operator', active: true, hasPassword: false },
      { code: 'BEN', role: 'operator', active: true, hasPassword: false },
      { code: 'CARA', role: 'operator', active: true, hasPassword: false },
      { code: 'DAN', role: 'operator', active: true, hasPassword: false },
    ]);
    expect(store.operators.countActiveAdmins()).toBe(0);
  });

  it('reads an account with the detail fields and the sign-in fields', () => {
    const store = freshStore();
    expect(store.operators.account(2)).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452',
      role: 'operator', active: true, hasPassword: false,
    });
    expect(store.operators.account(99)).toBeNull();
  });

  it('sets a password, a role and the active flag, and keeps the other fields', () => {
    const store = freshStore();
    store.operators.setPassword(2, HASH);
    store.operators.setRole(2, 'admin');
    const ben = store.operators.setActive(2, false);
    expect(ben).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452',
      role: 'admin', active: false, hasPassword: true,
    });
    expect(store.operators.account(2)).toEqual(ben);
    expect(store.operators.setPassword(2, null).hasPassword).toBe(false);
  });

  it('gives the hash only through credentials, found by code whatever its case', () => {
    const store = freshStore();
    store.operators.setPassword(2, HASH);
    expect(store.operators.credentials(' ben ')).toEqual({
      id: 2, code: 'BEN', name: 'Ben UDP', hash: HASH, active: true, role: 'operator',
    });
    expect(store.operators.credentials('ANNA')).toEqual({
      id: 1, code: 'ANNA', name: 'Anna Softphone', hash: null, active: true, role: 'operator',
    });
    expect(store.operators.credentials('NOBODY')).toBeNull();
    expect(JSON.stringify(store.operators.accounts())).not.toContain(HASH);
  });

  it('counts only administrators who are active and have a password', () => {
    const store = freshStore();
    store.operators.setRole(1, 'admin');
    expect(store.operators.countActiveAdmins()).toBe(0);
    store.operators.setPassword(1, HASH);
    expect(store.operators.countActiveAdmins()).toBe(1);
    store.operators.setRole(2, 'admin');
    store.operators.setPassword(2, HASH);
    expect(store.operators.countActiveAdmins()).toBe(2);
    store.operators.setActive(2, false);
    expect(store.operators.countActiveAdmins()).toBe(1);
    store.operators.setPassword(3, HASH); // an operator with a password is no administrator
    expect(store.operators.countActiveAdmins()).toBe(1);
  });

  it('refuses to change an operator that does not exist', () => {
    const store = freshStore();
    expect(() => store.operators.setPassword(99, HASH)).toThrow(new StoreError('There is no operator with id 99.'));
    expect(() => store.operators.setRole(99, 'admin')).toThrow(new StoreError('There is no operator with id 99.'));
    expect(() => store.operators.setActive(99, false)).toThrow(new StoreError('There is no operator with id 99.'));
  });

  it('leaves list, get and update as they were: detail fields only, role and password untouched', () => {
    const store = freshStore();
    store.operators.setRole(4, 'admin');
    store.operators.setPassword(4, HASH);
    const updated = store.operators.update(4, { code: 'DAN', name: 'Dan Desk', useSoftphone: true, note2: 'tel:' });
    expect(updated).toEqual({ id: 4, code: 'DAN', name: 'Dan Desk', useSoftphone: true, note2: 'tel:' });
    expect(store.operators.account(4)).toMatchObject({ role: 'admin', hasPassword: true });
  });
});
