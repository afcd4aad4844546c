import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/main/store/store.ts';
import { freshStore } from './temp-store.ts';

const change = (operatorId: number | null, field: string, oldValue: string | null, newValue: string | null, at = '2025-03-04T10:20:30.456Z') => ({
  at, actorId: 1, actorName: 'Anna Softphone', operatorId, field, oldValue, newValue,
});

describe('audit log', () => {
  it('stores a change and gives it back with its id', () => {
    const store = freshStore();
    expect(store.audit.append(change(2, 'note2', 'UDP:/127.0.0.1:1544:452', 'sip:'))).toEqual({
      id: 1, at: '2025-03-04T10:20:30.456Z', actorId: 1, actorName: 'Anna Softphone', operatorId: 2,
      field: 'note2', oldValue: 'UDP:/127.0.0.1:1544:452', newValue: 'sip:',
    });
  });

  it("lists one operator's changes, newest first, up to the limit", () => {
    const store = freshStore();
    store.audit.append(change(2, 'name', 'Ben UDP', 'Ben U.'));
    store.audit.append(change(3, 'note2', '', 'tel:'));
    store.audit.append(change(2, 'useSoftphone', 'on', 'off'));
    store.audit.append(change(null, 'allowedSchemes', 'sip, tel', 'sip'));
    store.audit.append(change(2, 'password', null, '(changed)'));

    expect(store.audit.listForOperator(2, 10).map((e) => [e.id, e.field])).toEqual([[5, 'password'], [3, 'useSoftphone'], [1, 'name']]);
    expect(store.audit.listForOperator(2, 2).map((e) => e.id)).toEqual([5, 3]);
    expect(store.audit.listForOperator(4, 10)).toEqual([]);
    expect(store.audit.list(10).map((e) => e.id)).toEqual([5, 4, 3, 2, 1]);
    expect(store.audit.list(10)[1]).toMatchObject({ operatorId: null, field: 'allowedSchemes' });
  });

  it('refuses a change for an operator that does not exist, naming it', () => {
    const store = freshStore();
    expect(() => store.audit.append(change(99, 'name', 'a', 'b'))).toThrow(StoreError);
    expect(() => store.audit.append(change(99, 'name', 'a', 'b'))).toThrow(
      'The change to name could not be added to the audit trail: FOREIGN KEY constraint failed (operator id 99, actor id 1).',
    );
    expect(store.audit.list(10)).toEqual([]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    const store = freshStore();
    expect(() => store.audit.listForOperator(1, 0)).toThrow('An audit trail limit must be a whole number of at least 1, not 0.');
    expect(() => store.audit.list(1.5)).toThrow('An audit trail limit must be a whole number of at least 1, not 1.5.');
  });
});
