import { describe, expect, it } from 'vitest';
import { LAST_ADMIN_REFUSAL, lastAdminRefusal, PASSWORD_CHANGED, recordOperatorChanges } from '../../../src/main/operators/operator-audit.ts';
import type { OperatorAccount } from '../../../src/main/store/contract.ts';
import { FIXED_NOW, freshStore } from '../store/temp-store.ts';

const ADA = { operatorId: 1, name: 'Ada Admin' };
const AT = { at: FIXED_NOW };

const ben: OperatorAccount = {
  id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452',
  role: 'operator', active: true, hasPassword: true,
};
const admin: OperatorAccount = { ...ben, id: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' };

const changes = (rows: ReturnType<typeof recordOperatorChanges>) => rows.map((r) => [r.field, r.oldValue, r.newValue]);

describe('audit rows for an operator change', () => {
  it('gives one row per changed field, old and new value in words, with who and when', () => {
    const after = { ...ben, useSoftphone: false, note2: 'sip:', role: 'admin' as const };
    const rows = recordOperatorChanges(ben, after, ADA, AT);
    expect(rows[0]).toEqual({
      at: '2025-03-04T10:20:30.456Z', actorId: 1, actorName: 'Ada Admin', operatorId: 2,
      field: 'useSoftphone', oldValue: 'on', newValue: 'off',
    });
    expect(changes(rows)).toEqual([
      ['useSoftphone', 'on', 'off'],
      ['note2', 'UDP:/127.0.0.1:1544:452', 'sip:'],
      ['role', 'Operator', 'Administrator'],
    ]);
  });

  it('records code, name and deactivation too', () => {
    const after = { ...ben, code: 'BEN2', name: 'Ben Two', active: false };
    expect(changes(recordOperatorChanges(ben, after, ADA, AT))).toEqual([
      ['code', 'BEN', 'BEN2'],
      ['name', 'Ben UDP', 'Ben Two'],
      ['active', 'active', 'deactivated'],
    ]);
  });

  it('records a new password as "(changed)", never the password or its hash', () => {
    expect(PASSWORD_CHANGED).toBe('(changed)');
    expect(changes(recordOperatorChanges(ben, ben, ADA, { ...AT, passwordChanged: true }))).toEqual([
      ['password', null, '(changed)'],
    ]);
  });

  it('gives no rows when nothing changed', () => {
    expect(recordOperatorChanges(ben, { ...ben }, ADA, AT)).toEqual([]);
  });

  it('records every field of a new operator, with no old values', () => {
    expect(changes(recordOperatorChanges(null, ben, ADA, { ...AT, passwordChanged: true }))).toEqual([
      ['code', null, 'BEN'],
      ['name', null, 'Ben UDP'],
      ['useSoftphone', null, 'on'],
      ['note2', null, 'UDP:/127.0.0.1:1544:452'],
      ['role', null, 'Operator'],
      ['active', null, 'active'],
      ['password', null, '(changed)'],
    ]);
  });

  it('gives rows the audit log stores and lists for that operator', async () => {
    const store = freshStore();
    const before = (await store.operators.account(2));
    if (before === null) throw new Error('The seed has no operator 2.');
    await store.operators.update(2, { code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:999' });
    const after = (await store.operators.account(2));
    if (after === null) throw new Error('Operator 2 is gone.');
    for (const row of recordOperatorChanges(before, after, { operatorId: 1, name: 'Anna Softphone' }, AT)) (await store.audit.append(row));
    expect(await store.audit.listForOperator(2, 10)).toEqual([
      {
        id: 1, at: '2025-03-04T10:20:30.456Z', actorId: 1, actorName: 'Anna Softphone', operatorId: 2,
        field: 'note2', oldValue: 'UDP:/127.0.0.1:1544:452', newValue: 'UDP:/127.0.0.1:1544:999',
      },
    ]);
  });
});

describe('the last active administrator', () => {
  it('cannot be deactivated', () => {
    expect(LAST_ADMIN_REFUSAL).toBe('The last active administrator cannot be deactivated or demoted.');
    expect(lastAdminRefusal(admin, { ...admin, active: false }, 1)).toBe(LAST_ADMIN_REFUSAL);
  });

  it('cannot be demoted', () => {
    expect(lastAdminRefusal(admin, { ...admin, role: 'operator' }, 1)).toBe(LAST_ADMIN_REFUSAL);
  });

  it('cannot lose the password', () => {
    expect(lastAdminRefusal(admin, { ...admin, hasPassword: false }, 1)).toBe(LAST_ADMIN_REFUSAL);
  });

  it('can be changed otherwise', () => {
    expect(lastAdminRefusal(admin, { ...admin }, 1)).toBeNull();
  });

  it('is not the last when another active administrator exists', () => {
    expect(lastAdminRefusal(admin, { ...admin, active: false }, 2)).toBeNull();
    expect(lastAdminRefusal(admin, { ...admin, role: 'operator' }, 2)).toBeNull();
  });

  it('does not protect operators, or administrators who cannot sign in anyway', () => {
    expect(lastAdminRefusal(ben, { ...ben, active: false }, 1)).toBeNull();
    expect(lastAdminRefusal({ ...admin, active: false }, { ...admin, active: false, role: 'operator' }, 1)).toBeNull();
    expect(lastAdminRefusal({ ...admin, hasPassword: false }, { ...admin, hasPassword: false, role: 'operator' }, 1)).toBeNull();
  });

  it('counts the way the store does', async () => {
    const store = freshStore();
    await store.operators.setRole(1, 'admin');
    const anna = (await store.operators.setPassword(1, 'scrypt$1024$8$1$c2FsdA==$aGFzaA=='));
    expect(lastAdminRefusal(anna, { ...anna, active: false }, (await store.operators.countActiveAdmins()))).toBe(LAST_ADMIN_REFUSAL);
    await store.operators.setRole(2, 'admin');
    await store.operators.setPassword(2, 'scrypt$1024$8$1$c2FsdA==$aGFzaA==');
    expect(lastAdminRefusal(anna, { ...anna, active: false }, (await store.operators.countActiveAdmins()))).toBeNull();
  });
});
