import type { IpcRequest, OperatorAccount } from '../../shared/ipc-contract.ts';
import { parseNote2 } from '../../shared/note2.ts';
import { lastAdminRefusal, recordOperatorChanges, type AuditActor } from '../auth/audit.ts';
import { hashPassword, passwordProblem, PASSWORDS_DIFFER, type ScryptCost } from '../auth/password.ts';
import type { OperatorInput, Store } from '../store/store.ts';
import { Refusal } from './refusal.ts';

export const OPERATOR_CODE = /^[A-Za-z0-9_-]{1,32}$/;

type SaveRequest = IpcRequest<'operator:save'>;

/**
 * Saves an operator only when it can dial as configured (main re-checks what the form checked), never
 * leaves the app without an administrator, and records every changed field in the audit trail.
 */
export function saveOperator(store: Store, request: SaveRequest, actor: AuditActor, at: Date): OperatorAccount {
  const input = checkOperatorInput(request, store.settings.allowedSchemes());
  const before = request.id === null ? null : store.operators.account(request.id);
  if (request.id !== null && before === null) throw new Refusal(`Operator ${request.id} does not exist.`);
  if (before !== null) {
    const refusal = lastAdminRefusal(before, { ...before, role: request.role, active: request.active }, store.operators.countActiveAdmins());
    if (refusal !== null) throw new Refusal(`Not saved: ${refusal}`);
  }
  return store.transaction(() => {
    const saved = before === null ? store.operators.create(input) : store.operators.update(before.id, input);
    store.operators.setRole(saved.id, request.role);
    const after = store.operators.setActive(saved.id, request.active);
    for (const row of recordOperatorChanges(before, after, actor, { at })) store.audit.append(row);
    return after;
  });
}

/** Sets an operator's password (an administrator's act); the audit trail records that it changed, never what to. */
export async function setOperatorPassword(
  store: Store,
  request: IpcRequest<'operator:set-password'>,
  actor: AuditActor,
  at: Date,
  cost?: ScryptCost,
): Promise<OperatorAccount> {
  if (store.operators.account(request.operatorId) === null) throw new Refusal(`Operator ${request.operatorId} does not exist.`);
  const problem = passwordProblem(request.password);
  if (problem !== null) throw new Refusal(`Password not set: ${problem}`);
  if (request.password !== request.passwordAgain) throw new Refusal(`Password not set: ${PASSWORDS_DIFFER}`);
  const hash = await hashPassword(request.password, cost);
  return store.transaction(() => {
    const before = store.operators.account(request.operatorId);
    if (before === null) throw new Refusal(`Operator ${request.operatorId} does not exist.`);
    const after = store.operators.setPassword(before.id, hash);
    for (const row of recordOperatorChanges(before, after, actor, { at, passwordChanged: true })) store.audit.append(row);
    return after;
  });
}

/** Replaces the scheme allow-list and records the change as an app-wide audit row. */
export function saveAllowedSchemes(store: Store, schemes: readonly string[], actor: AuditActor, at: Date): void {
  const before = store.settings.allowedSchemes().join(', ');
  store.transaction(() => {
    store.settings.setAllowedSchemes(schemes);
    const after = store.settings.allowedSchemes().join(', ');
    if (after === before) return;
    store.audit.append({
      at: at.toISOString(),
      actorId: actor.operatorId,
      actorName: actor.name,
      operatorId: null,
      field: 'allowedSchemes',
      oldValue: before,
      newValue: after,
    });
  });
}

function checkOperatorInput(request: SaveRequest, allowedSchemes: readonly string[]): OperatorInput {
  const code = request.code.trim();
  const name = request.name.trim();
  const note2 = request.note2.trim();
  if (!OPERATOR_CODE.test(code)) {
    throw new Refusal(`Not saved: Operator ID "${code}" must be 1 to 32 letters, digits, "-" or "_".`);
  }
  if (name === '') throw new Refusal('Not saved: the operator needs a name.');
  if (request.useSoftphone) {
    const target = parseNote2(note2, allowedSchemes);
    if (!target.ok) throw new Refusal(`Not saved: Note 2 is not valid. ${target.error.message}`);
  }
  return { code, name, useSoftphone: request.useSoftphone, note2 };
}
