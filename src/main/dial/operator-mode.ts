import { describeTarget } from '../../shared/describe-target.ts';
import type { OperatorDetail } from '../../shared/ipc-contract.ts';
import { parseNote2, type Note2Result } from '../../shared/note2.ts';

/** Where this operator's clicks go, or null when softphone dialing is off. */
export function operatorTarget(operator: OperatorDetail, allowedSchemes: readonly string[]): Note2Result | null {
  return operator.useSoftphone ? parseNote2(operator.note2, allowedSchemes) : null;
}

/** The dial mode in words, as the status bar and the operator list show it. */
export function operatorMode(operator: OperatorDetail, allowedSchemes: readonly string[]): string {
  const target = operatorTarget(operator, allowedSchemes);
  if (target === null) return describeTarget(null);
  return target.ok ? describeTarget(target.value) : `Note 2 is not valid: ${target.error.message}`;
}
