import { expect, it } from 'vitest';
import { auditFieldLabel, auditValue } from '../../../../src/renderer/src/logic/audit-view.ts';

it('names each audited field as the Operator form labels it', () => {
  expect(
    ['code', 'name', 'useSoftphone', 'note2', 'role', 'active', 'password', 'allowedSchemes', 'import'].map(auditFieldLabel),
  ).toEqual(['Operator ID', 'Name', 'Use softphone for dialer', 'Note 2', 'Role', 'Active', 'Password', 'Allowed schemes', 'Debtor import']);
});

it('shows a field it does not know by the name main gave it', () => {
  expect(auditFieldLabel('extension')).toBe('extension');
  // Not a lookup on Object.prototype.
  expect(auditFieldLabel('toString')).toBe('toString');
});

it('tells no value apart from an empty one', () => {
  expect(auditValue(null)).toBe('—');
  expect(auditValue('')).toBe('(empty)');
  expect(auditValue('UDP:/127.0.0.1:1544:452')).toBe('UDP:/127.0.0.1:1544:452');
});
