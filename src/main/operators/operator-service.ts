import type { IpcRequest, OperatorAccount } from '../../shared/ipc-contract.ts';
import { parseNote2 } from '../../shared/note2.ts';
import { lastAdminRefusal, recordOperatorChanges, type AuditActor } from './operator-audit.ts';
import { hashPassword, passwordProblem, PASSWORDS_DIFFER, type ScryptCost } from '../auth/password.ts';
import type { OperatorInput, Store } from '../store/contract.ts';
import { UserError } from '../errors.ts';
import { OPERATOR_CODE } from './operator-code.ts';

export { OPERATOR_CODE } from './operator-code.ts';

type SaveRequest = IpcRequest<'operator:save'>;

/**
 * Saves an operator only when it can dial as configured (main re-checks what the form checked), never
 * leaves the app without an administrator, and records every changed field in the audit trail.
 */
export async function saveOperator(store: Store, request: SaveRequest, actor: AuditActor, at: Date): Promise<OperatorAccount> {
  const input = checkOperatorInput(request, await store.settings.allowedSchemes());
  // Read inside the transaction: what the audit rows compare with is what the save replaced.
  return store.transaction(async (tx) => {
    const before = request.id === null ? null : await tx.operators.account(request.id);
    if (request.id !== null && before === null) throw new UserError(`Operator ${request.id} does not exist.`);
    if (before !== null) {
      const admins = await tx.operators.countActiveAdmins();
      const refusal = lastAdminRefusal(before, { ...before, role: request.role, active: request.active }, admins);
      if (refusal !== null) throw new UserError(`Not saved: ${refusal}`);
    }
    const saved = before === null ? await tx.operators.create(input) : await tx.operators.update(before.id, input);
    await tx.operators.setRole(saved.id, request.role);
    const after = await tx.operators.setActive(saved.id, request.active);
    for (const row of recordOperatorChanges(before, after, actor, { at })) await tx.audit.append(row);
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
  if ((await store.operators.account(request.operatorId)) === null) throw new UserError(`Operator ${request.operatorId} does not exist.`);
  const problem = passwordProblem(request.password);
  if (problem !== null) throw new UserError(`Password not set: ${problem}`);
  if (request.password !== request.passwordAgain) throw new UserError(`Password not set: ${PASSWORDS_DIFFER}`);
  const hash = await hashPassword(request.password, cost);
  return store.transaction(async (tx) => {
    const before = await tx.operators.account(request.operatorId);
    if (before === null) throw new UserError(`Operator ${request.operatorId} does not exist.`);
    const after = await tx.operators.setPassword(before.id, hash);
    for (const row of recordOperatorChanges(before, after, actor, { at, passwordChanged: true })) await tx.audit.append(row);
    return after;
  });
}

/** Replaces the scheme allow-list and records the change as an app-wide audit row. */
export async function saveAllowedSchemes(store: Store, schemes: readonly string[], actor: AuditActor, at: Date): Promise<void> {
  await store.transaction(async (tx) => {
    const before = (await tx.settings.allowedSchemes()).join(', ');
    await tx.settings.setAllowedSchemes(schemes);
    const after = (await tx.settings.allowedSchemes()).join(', ');
    if (after === before) return;
    await tx.audit.append({
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
    throw new UserError(`Not saved: Operator ID "${code}" must be 1 to 32 letters, digits, "-" or "_".`);
  }
  if (name === '') throw new UserError('Not saved: the operator needs a name.');
  if (request.useSoftphone) {
    const target = parseNote2(note2, allowedSchemes);
    if (!target.ok) throw new UserError(`Not saved: Note 2 is not valid. ${target.error.message}`);
  }
  return { code, name, useSoftphone: request.useSoftphone, note2 };
}
