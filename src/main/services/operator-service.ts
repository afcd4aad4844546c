import type { IpcRequest, OperatorDetail } from '../../shared/ipc-contract.ts';
import { parseNote2 } from '../../shared/note2.ts';
import type { OperatorInput, Store } from '../store/store.ts';
import { Refusal } from './refusal.ts';

export const OPERATOR_CODE = /^[A-Za-z0-9_-]{1,32}$/;

/** Saves an operator only when it can dial as configured: main re-checks what the form already checked. */
export function saveOperator(store: Store, request: IpcRequest<'operator:save'>): OperatorDetail {
  const input = checkOperatorInput(request, store.settings.allowedSchemes());
  if (request.id === null) return store.operators.create(input);
  if (store.operators.get(request.id) === null) throw new Refusal(`Operator ${request.id} does not exist.`);
  return store.operators.update(request.id, input);
}

function checkOperatorInput(request: IpcRequest<'operator:save'>, allowedSchemes: readonly string[]): OperatorInput {
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
