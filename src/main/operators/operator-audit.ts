import type { NewAuditEntry, OperatorAccount, OperatorRole } from '../store/contract.ts';

/** Who made a change; a SessionUser fits. */
export type AuditActor = { readonly operatorId: number; readonly name: string };

export type AuditOptions = {
  readonly at: Date;
  /** The change set a new password. Only the fact is recorded, never the password or its hash. */
  readonly passwordChanged?: boolean;
};

export const PASSWORD_CHANGED = '(changed)';
export const LAST_ADMIN_REFUSAL = 'The last active administrator cannot be deactivated or demoted.';

type AuditedState = Pick<OperatorAccount, 'code' | 'name' | 'useSoftphone' | 'note2' | 'role' | 'active'>;

const ROLE_WORDS: Record<OperatorRole, string> = { admin: 'Administrator', operator: 'Operator' };

/** Each audited field in form order, with its value in the words the audit list shows. */
const AUDITED_FIELDS: readonly { field: keyof AuditedState; show: (state: AuditedState) => string }[] = [
  { field: 'code', show: (s) => s.code },
  { field: 'name', show: (s) => s.name },
  { field: 'useSoftphone', show: (s) => (s.useSoftphone ? 'on' : 'off') },
  { field: 'note2', show: (s) => s.note2 },
  { field: 'role', show: (s) => ROLE_WORDS[s.role] },
  { field: 'active', show: (s) => (s.active ? 'active' : 'deactivated') },
];

/**
 * One audit row per field that differs between `before` and `after` (`before` null: the operator was
 * created, so every field is recorded with no old value), plus a password row when one was set.
 * Pure: the caller appends the rows in the same transaction as the change itself.
 */
export function recordOperatorChanges(
  before: AuditedState | null,
  after: AuditedState & { readonly id: number },
  actor: AuditActor,
  options: AuditOptions,
): NewAuditEntry[] {
  const row = (field: string, oldValue: string | null, newValue: string | null): NewAuditEntry => ({
    at: options.at.toISOString(),
    actorId: actor.operatorId,
    actorName: actor.name,
    operatorId: after.id,
    field,
    oldValue,
    newValue,
  });
  const rows: NewAuditEntry[] = [];
  for (const { field, show } of AUDITED_FIELDS) {
    const oldValue = before === null ? null : show(before);
    const newValue = show(after);
    if (oldValue !== newValue) rows.push(row(field, oldValue, newValue));
  }
  if (options.passwordChanged === true) rows.push(row('password', null, PASSWORD_CHANGED));
  return rows;
}

/** Whether an operator can administer: an active administrator who can sign in. */
function isWorkingAdmin(state: Pick<OperatorAccount, 'role' | 'active' | 'hasPassword'>): boolean {
  return state.role === 'admin' && state.active && state.hasPassword;
}

/**
 * Someone must always be able to administer the app: refuses a change that would leave no active
 * administrator who can sign in. `activeAdmins` is store.operators.countActiveAdmins() before the change.
 */
export function lastAdminRefusal(
  before: Pick<OperatorAccount, 'role' | 'active' | 'hasPassword'>,
  after: Pick<OperatorAccount, 'role' | 'active' | 'hasPassword'>,
  activeAdmins: number,
): string | null {
  const losesAdmin = isWorkingAdmin(before) && !isWorkingAdmin(after);
  return losesAdmin && activeAdmins <= 1 ? LAST_ADMIN_REFUSAL : null;
}
