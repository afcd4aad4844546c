import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/main/errors.ts';
import { BACKENDS } from './backends.ts';

const change = (operatorId: number | null, field: string, oldValue: string | null, newValue: string | null, at = '2025-03-04T10:20:30.456Z') => ({
  at, actorId: 1, actorName: 'Anna Softphone', operatorId, field, oldValue, newValue,
});

describe.each(BACKENDS)('audit log ($name)', (backend) => {
  it('stores a change and gives it back with its id', async () => {
    const store = await backend.fresh();
    expect(await store.audit.append(change(2, 'note2', 'UDP:/127.0.0.1:1544:452', 'sip:'))).toEqual({
      id: 1, at: '2025-03-04T10:20:30.456Z', actorId: 1, actorName: 'Anna Softphone', operatorId: 2,
      field: 'note2', oldValue: 'UDP:/127.0.0.1:1544:452', newValue: 'sip:',
    });
  });

  it("lists one operator's changes, newest first, up to the limit", async () => {
    const store = await backend.fresh();
    await store.audit.append(change(2, 'name', 'Ben UDP', 'Ben U.'));
    await store.audit.append(change(3, 'note2', '', 'tel:'));
    await store.audit.append(change(2, 'useSoftphone', 'on', 'off'));
    await store.audit.append(change(null, 'allowedSchemes', 'sip, tel', 'sip'));
    await store.audit.append(change(2, 'password', null, '(changed)'));

    expect((await store.audit.listForOperator(2, 10)).map((e) => [e.id, e.field])).toEqual([[5, 'password'], [3, 'useSoftphone'], [1, 'name']]);
    expect((await store.audit.listForOperator(2, 2)).map((e) => e.id)).toEqual([5, 3]);
    expect(await store.audit.listForOperator(4, 10)).toEqual([]);
    expect((await store.audit.list(10)).map((e) => e.id)).toEqual([5, 4, 3, 2, 1]);
    expect((await store.audit.list(10))[1]).toMatchObject({ operatorId: null, field: 'allowedSchemes' });
  });

  it('refuses a change for an operator that does not exist, naming it', async () => {
    const store = await backend.fresh();
    await expect(store.audit.append(change(99, 'name', 'a', 'b'))).rejects.toThrow(UserError);
    await expect(store.audit.append(change(99, 'name', 'a', 'b'))).rejects.toThrow(
      'The change to name could not be added to the audit trail: there is no operator with id 99 (the change\'s subject) or 1 (who made it).',
    );
    expect(await store.audit.list(10)).toEqual([]);
  });

  it('refuses a limit that is not a positive whole number', async () => {
    const store = await backend.fresh();
    await expect(store.audit.listForOperator(1, 0)).rejects.toThrow('An audit trail limit must be a whole number of at least 1, not 0.');
    await expect(store.audit.list(1.5)).rejects.toThrow('An audit trail limit must be a whole number of at least 1, not 1.5.');
  });
});
