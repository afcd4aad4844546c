/** The audit trail's field names (as main stores them) in the words of the Operator form. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Operator ID',
  name: 'Name',
  useSoftphone: 'Use softphone for dialer',
  note2: 'Note 2',
  role: 'Role',
  active: 'Active',
  password: 'Password',
  allowedSchemes: 'Allowed schemes',
  import: 'Debtor import',
  'link refused': 'Link refused',
};

/** A field this version does not know is shown as main named it, rather than hidden. */
export function auditFieldLabel(field: string): string {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS[field] ?? field) : field;
}

/** No value (the operator was just created) and an empty value read differently. */
export function auditValue(value: string | null): string {
  if (value === null) return '—';
  if (value === '') return '(empty)';
  return value;
}
